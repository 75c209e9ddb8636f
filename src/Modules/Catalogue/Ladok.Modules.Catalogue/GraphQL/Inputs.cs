using Ladok.Kernel.GraphQL.Scalars;
using GraphQL.Types;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class CreateCourseInput
{
    public string Code { get; init; } = "";
    public string NameSv { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string OrganisationUnitCode { get; init; } = "";
    public EducationLevel Level { get; init; }
    public FinancingForm? FinancingForm { get; init; }
    public List<EducationalAreaShareInput>? EducationalAreas { get; init; }
    public string? SubjectGroup { get; init; }
}

public sealed class EducationalAreaShareInput
{
    public EducationalArea Area { get; init; }
    public decimal Share { get; init; }
}

public sealed class EducationalAreaShareInputType : InputObjectGraphType<EducationalAreaShareInput>
{
    public EducationalAreaShareInputType()
    {
        Name = "EducationalAreaShareInput";
        Description = "A course's share in an educational area (utbildningsområde).";
        Field<NonNullGraphType<EducationalAreaType>>("area").Description("The educational area.");
        Field(i => i.Share).Description("Above 0, at most 1, in thousandths (0.5, 0.125).");
    }
}

public sealed class CreateCourseInputType : InputObjectGraphType<CreateCourseInput>
{
    public CreateCourseInputType()
    {
        Name = "CreateCourseInput";
        Description = "What `createCourse` needs: the course's code, names, department, level, financing form and educational areas.";
        Field(i => i.Code).Description("Six letters and digits, such as 5DV001.");
        Field(i => i.NameSv).Description("The Swedish name.");
        Field(i => i.NameEn).Description("The English name.");
        Field(i => i.OrganisationUnitCode).Description("The department that gives the course, such as DV.");
        Field<NonNullGraphType<EducationLevelType>>("level").Description("Utbildningsnivå: first cycle, second cycle or doctoral.");
        Field<FinancingFormType>("financingForm").Description("ORDINARY when left out.");
        Field<ListGraphType<NonNullGraphType<EducationalAreaShareInputType>>>("educationalAreas")
            .Description("Utbildningsområden with shares summing to 1; left out, the course is all OTHER until classified.");
        Field(i => i.SubjectGroup, nullable: true)
            .Description("SCB's subject group (ämnesgrupp): two capital letters and a digit, such as DA1; left out, the course has none until classified.");
    }
}

public sealed class ModuleInput
{
    public string Code { get; init; } = "";
    public string NameSv { get; init; } = "";
    public string NameEn { get; init; } = "";
    public decimal Credits { get; init; }
    public string GradingScaleCode { get; init; } = "";
}

public sealed class ModuleInputType : InputObjectGraphType<ModuleInput>
{
    public ModuleInputType()
    {
        Name = "ModuleInput";
        Description = "A graded part of the new course version.";
        Field(i => i.Code).Description("One to six letters and digits, such as 0001.");
        Field(i => i.NameSv).Description("The Swedish name.");
        Field(i => i.NameEn).Description("The English name.");
        Field(i => i.Credits).Description("Credits (hp), in steps of 0.5.");
        Field(i => i.GradingScaleCode).Description("The code of the module's grading scale; see gradingScales.");
    }
}

public sealed class CreateCourseVersionInput
{
    public string CourseId { get; init; } = "";
    public decimal Credits { get; init; }
    public string GradingScaleCode { get; init; } = "";
    public string ValidFrom { get; init; } = "";
    public bool RequiresProjectTitle { get; init; }
    public List<ModuleInput> Modules { get; init; } = [];
}

public sealed class CreateCourseVersionInputType : InputObjectGraphType<CreateCourseVersionInput>
{
    public CreateCourseVersionInputType()
    {
        Name = "CreateCourseVersionInput";
        Description = "What `createCourseVersion` needs: the course, the version's credits, grading scale, first term and modules.";
        Field<NonNullGraphType<IdGraphType>>("courseId").Description("The course's id.");
        Field(i => i.Credits).Description("Credits (hp): more than 0, at most 400, in steps of 0.5.");
        Field(i => i.GradingScaleCode).Description("Scale of the course grade, such as U_G_VG.");
        Field(i => i.ValidFrom, typeof(NonNullGraphType<TermType>)).Description("First term, such as HT2025.");
        Field(i => i.RequiresProjectTitle, nullable: true)
            .Description("True for degree projects: their results carry a project title. False when left out.").DefaultValue(false);
        Field<ListGraphType<NonNullGraphType<ModuleInputType>>>("modules").DefaultValue(new List<ModuleInput>())
            .Description("The graded parts; their credits must sum to the version's.");
    }
}

public sealed class CreateOfferingInput
{
    public string CourseVersionId { get; init; } = "";
    public string Code { get; init; } = "";
    public string Term { get; init; } = "";
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public int PacePercent { get; init; }
    public string? OrganisationUnitCode { get; init; }
    public StudyForm? StudyForm { get; init; }
    public string? Place { get; init; }
}

public sealed class CreateOfferingInputType : InputObjectGraphType<CreateOfferingInput>
{
    public CreateOfferingInputType()
    {
        Name = "CreateOfferingInput";
        Description = "What `createOffering` needs: the course version, the offering's code, dates and pace.";
        Field<NonNullGraphType<IdGraphType>>("courseVersionId").Description("The id of the course version to offer.");
        Field(i => i.Code).Description("Five digits, such as 10001.");
        Field(i => i.Term, typeof(NonNullGraphType<TermType>)).Description("Start term, such as HT2025; the start date must fall in it.");
        Field(i => i.StartDate).Description("The first day of teaching (ISO 8601 date).");
        Field(i => i.EndDate).Description("After the start date.");
        Field(i => i.PacePercent, nullable: true).DefaultValue(100).Description("Percent of full time, 1 to 100.");
        Field(i => i.OrganisationUnitCode, nullable: true).Description("The giving department; the course's own when left out.");
        Field<StudyFormType>("studyForm").Description("Studieform: CAMPUS when left out.");
        Field(i => i.Place, nullable: true).Description("Studieort, such as Umeå: at most 40 characters; none when left out.");
    }
}

public sealed class UpdateOfferingInput
{
    public string OfferingId { get; init; } = "";
    public string Version { get; init; } = "";
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public int? PacePercent { get; init; }
    public OfferingState? Status { get; init; }
    public StudyForm? StudyForm { get; init; }
    public string? Place { get; init; }
}

public sealed class UpdateOfferingInputType : InputObjectGraphType<UpdateOfferingInput>
{
    public UpdateOfferingInputType()
    {
        Name = "UpdateOfferingInput";
        Description = "What `updateOffering` changes: fields left out stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("offeringId").Description("The offering's id.");
        Field(i => i.Version).Description("The offering's `version` as you read it; a stale one is refused with CONFLICT.");
        Field(i => i.StartDate, nullable: true).Description("The new first day of teaching (ISO 8601 date); unchanged when left out.");
        Field(i => i.EndDate, nullable: true).Description("The new last day of teaching (ISO 8601 date); unchanged when left out.");
        Field(i => i.PacePercent, nullable: true).Description("Percent of full time, 1 to 100; unchanged when left out.");
        Field<OfferingStatusType>("status").Description("The new status; unchanged when left out.");
        Field<StudyFormType>("studyForm").Description("Studieform; unchanged when left out.");
        Field(i => i.Place, nullable: true).Description("Studieort, at most 40 characters; \"\" clears it; unchanged when left out.");
    }
}

public sealed class ChangeCourseFundingInput
{
    public string CourseId { get; init; } = "";
    public FinancingForm FinancingForm { get; init; }
    public List<EducationalAreaShareInput> EducationalAreas { get; init; } = [];
    public string? Version { get; init; }
}

public sealed class ChangeCourseFundingInputType : InputObjectGraphType<ChangeCourseFundingInput>
{
    public ChangeCourseFundingInputType()
    {
        Name = "ChangeCourseFundingInput";
        Description = "What `changeCourseFunding` needs: the course, its new financing form and educational areas.";
        Field<NonNullGraphType<IdGraphType>>("courseId").Description("The course's id.");
        Field<NonNullGraphType<FinancingFormType>>("financingForm").Description("ORDINARY, or CONTRACT_EDUCATION (never in the funded figures).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationalAreaShareInputType>>>>("educationalAreas")
            .Description("Utbildningsområden with shares summing to 1; they replace the course's.");
        Field(i => i.Version, nullable: true).Description("The course's `version` as you read it; a stale one is refused with CONFLICT.");
    }
}

public sealed class ChangeCourseSubjectGroupInput
{
    public string CourseId { get; init; } = "";
    public string? SubjectGroup { get; init; }
    public string? Version { get; init; }
}

public sealed class ChangeCourseSubjectGroupInputType : InputObjectGraphType<ChangeCourseSubjectGroupInput>
{
    public ChangeCourseSubjectGroupInputType()
    {
        Name = "ChangeCourseSubjectGroupInput";
        Description = "What `changeCourseSubjectGroup` needs: the course and its SCB subject group.";
        Field<NonNullGraphType<IdGraphType>>("courseId").Description("The course's id.");
        Field(i => i.SubjectGroup, nullable: true)
            .Description("SCB's subject group (ämnesgrupp): two capital letters and a digit, such as DA1; null or left out takes it away.");
        Field(i => i.Version, nullable: true).Description("The course's `version` as you read it; a stale one is refused with CONFLICT.");
    }
}
