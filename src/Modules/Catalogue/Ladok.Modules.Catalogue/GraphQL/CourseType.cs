using Ladok.Kernel.GraphQL.Scalars;
using GraphQL.Types;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class CourseType : NodeGraphType<Course>
{
    public CourseType() : base("Course", c => c.Id)
    {
        Description = "Kurs: a course such as 5DV001, with versions over time.";
        Field(c => c.Code).Description("Kurskod: the course's code, such as 5DV001.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name, as registered.").Resolve(c => c.Source.NameSv);
        Field(c => c.NameSv).Description("The Swedish name.");
        Field(c => c.NameEn).Description("The English name.");
        Field<NonNullGraphType<EducationLevelType>>("level")
            .Description("Utbildningsnivå: first cycle, second cycle or doctoral.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<FinancingFormType>>("financingForm")
            .Description("Finansieringsform: ordinary (the state's grant) or contract education.").Resolve(c => c.Source.FinancingForm);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationalAreaShareType>>>>("educationalAreas")
            .Description("Utbildningsområden with the course's shares, summing to 1.").Resolve(c => c.Source.EducationalAreas.OrderByDescending(a => a.Share));
        Field(c => c.SubjectGroup, nullable: true)
            .Description("SCB's subject group (ämnesgrupp), such as DA1, as the individual records to SCB give it; null until classified.");
        Field<DecimalType>("credits").Description("Credits (hp) of the newest version; null before the first version.")
            .Resolve(c => Loaders.VersionsOfCourse(c, c.Source.Id).Then(versions => versions?.FirstOrDefault()?.Credits));
        Field<NonNullGraphType<OrganisationUnitType>>("organisationUnit").Description("The department that gives the course.")
            .Resolve(c => Loaders.OrganisationUnit(c, c.Source.DepartmentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseVersionType>>>>("versions").Description("Newest first.")
            .Resolve(c => Loaders.VersionsOfCourse(c, c.Source.Id).Then(versions => (IEnumerable<CourseVersion>?)versions ?? []));
        Field<CourseVersionType>("currentVersion").Description("The newest version.")
            .Resolve(c => Loaders.VersionsOfCourse(c, c.Source.Id).Then(versions => versions?.FirstOrDefault()));
        Field<NonNullGraphType<StringGraphType>>("version").Description("Concurrency token: send it back with a change.")
            .Resolve(c => c.Source.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class CourseVersionType : NodeGraphType<CourseVersion>
{
    public CourseVersionType() : base("CourseVersion", v => v.Id)
    {
        Description = "Utbildningsinstans: a syllabus version of a course, with credits, grading scale and modules.";
        Field(v => v.Number).Description("1 for the first version, then 2, 3…");
        Field(v => v.Credits).Description("The course's credits in hp, such as 7.5.");
        Field<NonNullGraphType<TermType>>("validFrom").Description("First term, such as HT2025.").Resolve(c => c.Source.ValidFrom);
        Field(v => v.RequiresProjectTitle).Description("Degree projects: results carry a project title.");
        Field<NonNullGraphType<GradingScaleType>>("gradingScale")
            .Description("The grading scale of the course grade.").Resolve(c => Loaders.GradingScale(c, c.Source.GradingScaleId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseModuleType>>>>("modules")
            .Description("The version's modules, by code.").Resolve(c => c.Source.Modules.OrderBy(m => m.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseOfferingType>>>>("offerings").Description("The version's offerings (kurstillfällen).")
            .Resolve(c => Loaders.OfferingsOfVersion(c, c.Source.Id).Then(offerings => (IEnumerable<Offering>?)offerings ?? []));
        Field<NonNullGraphType<CourseType>>("course").Description("The course this is a version of.").Resolve(c => Loaders.Course(c, c.Source.CourseId));
    }
}

public sealed class CourseModuleType : NodeGraphType<CourseModule>
{
    public CourseModuleType() : base("CourseModule", m => m.Id)
    {
        Description = "Modul: a graded part of a course version.";
        Field(m => m.Code).Description("The module's code within its course version.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name, as registered.").Resolve(c => c.Source.NameSv);
        Field(m => m.NameSv).Description("The Swedish name.");
        Field(m => m.NameEn).Description("The English name.");
        Field(m => m.Credits).Description("The module's credits in hp.");
        Field<NonNullGraphType<GradingScaleType>>("gradingScale")
            .Description("The grading scale of the module's grade.").Resolve(c => Loaders.GradingScale(c, c.Source.GradingScaleId));
        Field<NonNullGraphType<CourseVersionType>>("courseVersion")
            .Description("The course version the module is part of.").Resolve(c => Loaders.CourseVersion(c, c.Source.CourseVersionId));
    }
}

public sealed class EducationalAreaShareType : ObjectGraphType<EducationalAreaShare>
{
    public EducationalAreaShareType()
    {
        Name = "EducationalAreaShare";
        Description = "A course's share in an educational area (utbildningsområde).";
        Field<NonNullGraphType<EducationalAreaType>>("area").Description("The educational area (utbildningsområde).").Resolve(c => c.Source.Area);
        Field(a => a.Share).Description("Above 0, at most 1; a course's shares sum to 1.");
    }
}
