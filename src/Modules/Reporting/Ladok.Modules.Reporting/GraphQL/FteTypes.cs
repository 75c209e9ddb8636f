using GraphQL.Types;
using Ladok.Modules.Reporting.Application;

namespace Ladok.Modules.Reporting.GraphQL;

public sealed class FteRowType : ObjectGraphType<FteRow>
{
    public FteRowType()
    {
        Name = "FteRow";
        Description = "HST (helårsstudenter) and HPR (helårsprestationer) for a period, per department and/or course when grouped.";
        Field(r => r.Period).Description("The calendar year (2025) or term (HT2025) asked for.");
        Field(r => r.OrganisationUnitCode, nullable: true)
            .Description("The department when grouped by ORGANISATION_UNIT; otherwise the unit asked for, or null for every unit you may read.");
        Field(r => r.CourseCode, nullable: true).Description("The course when grouped by COURSE, or the course asked for.");
        Field(r => r.Hst).Description($"Full-time equivalent students, to {FullTimeEquivalentsReader.Decimals} decimals.");
        Field(r => r.Hpr).Description($"Full-time equivalent performance, to {FullTimeEquivalentsReader.Decimals} decimals.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FteAreaFiguresType>>>>("educationalAreas")
            .Description("The same figures per educational area (utbildningsområde), each course's split by its shares, by area.")
            .Resolve(c => c.Source.EducationalAreas);
    }
}

public sealed class FteAreaFiguresType : ObjectGraphType<FteAreaFigures>
{
    public FteAreaFiguresType()
    {
        Name = "FteAreaFigures";
        Description = "Funded HST and HPR in one educational area (utbildningsområde), as UKÄ's funding counts them.";
        Field(a => a.Area).Description("The educational area, such as NaturalSciences (the Catalogue's EducationalArea).");
        Field(a => a.Hst).Description($"Full-time equivalent students in the area, to {FullTimeEquivalentsReader.Decimals} decimals.");
        Field(a => a.Hpr).Description($"Full-time equivalent performance in the area, to {FullTimeEquivalentsReader.Decimals} decimals.");
    }
}

public sealed class FteGroupingType : EnumerationGraphType<FteGrouping>
{
    public FteGroupingType()
    {
        Name = "FteGrouping";
        Description = "ORGANISATION_UNIT: a row per department; COURSE: a row per course. Both: per department and course.";
    }
}
