using Ladok.Kernel.GraphQL.Relay;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
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
            .Description("The department when grouped by ORGANISATION_UNIT; otherwise the unit asked for, or null for every unit you may read.")
            .DeprecationReason("Use organisationUnit.");
        Field("organisationUnit", Links.Of("OrganisationUnit", nullable: true))
            .Description("The department when grouped by ORGANISATION_UNIT; otherwise the unit asked for, or null for every unit you may read.")
            .Resolve(c => c.Source.OrganisationUnitCode is { } code ? Links.Load(c, "OrganisationUnit", code) : null);
        Field(r => r.CourseCode, nullable: true).Description("The course when grouped by COURSE, or the course asked for.").DeprecationReason("Use course.");
        Field("course", Links.Of("Course", nullable: true)).Description("The course when grouped by COURSE, or the course asked for; otherwise null.")
            .Resolve(c => c.Source.CourseCode is { } code ? Links.Load(c, "Course", code) : null);
        Field(r => r.Hst).Description($"Full-time equivalent students, to {FullTimeEquivalentsReader.Decimals} decimals.");
        Field(r => r.Hpr).Description($"Full-time equivalent performance, to {FullTimeEquivalentsReader.Decimals} decimals.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FteAreaFiguresType>>>>("educationalAreas")
            .Description("The same figures per educational area (utbildningsområde), each course's split by its shares, by area.")
            .Resolve(c => c.Source.EducationalAreas);
        Field(r => r.Closed)
            .Description("True when the period is a closed year: the figures are those frozen at the close, and `corrections` what moved since.");
        Field(r => r.ClosedAt, nullable: true).Description("When the year was closed; null when it is not (and for a term).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FteCorrectionType>>>>("corrections")
            .Description("A closed year's changes since the close, one per reason; the frozen figures plus these are today's. Empty otherwise.")
            .Resolve(c => c.Source.Corrections);
    }
}

public sealed class FteCorrectionType : ObjectGraphType<FteCorrection>
{
    public FteCorrectionType()
    {
        Name = "FteCorrection";
        Description = "What moved in a closed year's figures after the close, for one reason: add it to the frozen figures (negative takes away).";
        Field<NonNullGraphType<FteCorrectionReasonType>>("reason").Resolve(c => c.Source.Reason).Description("Why the figures moved after the close.");
        Field(r => r.Hst).Description($"The change in HST, to {FullTimeEquivalentsReader.Decimals} decimals.");
        Field(r => r.Hpr).Description($"The change in HPR, to {FullTimeEquivalentsReader.Decimals} decimals.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FteAreaFiguresType>>>>("educationalAreas")
            .Description("The same change per educational area; areas that did not move are left out.")
            .Resolve(c => c.Source.EducationalAreas);
    }
}

public sealed class FteCorrectionReasonType : EnumerationGraphType<FteCorrectionReason>
{
    public FteCorrectionReasonType()
    {
        Name = "FteCorrectionReason";
        Description = "RESULT_ATTESTED_LATE: results examined in the year and attested after the close. RESULT_REMOVED: results in the frozen "
            + "figures removed since. OTHER: everything else, such as registrations recorded, removed or dropped out early after the close, "
            + "fee-paying terms, or a course's facts in the Catalogue.";
        this.DescribeValues(new Dictionary<FteCorrectionReason, string>
        {
            [FteCorrectionReason.ResultAttestedLate] = "A result examined in the year was attested after the close: its HPR is added.",
            [FteCorrectionReason.ResultRemoved] = "A result in the frozen figures was removed after the close: its HPR is taken away.",
            [FteCorrectionReason.Other] =
                "Everything else that moved since the close, such as registrations, fee-paying terms or a course's facts in the Catalogue.",
        });
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
        this.DescribeValues(new Dictionary<FteGrouping, string>
        {
            [FteGrouping.OrganisationUnit] = "A row per department (organisationUnitCode).",
            [FteGrouping.Course] = "A row per course (courseCode).",
        });
    }
}
