using System.Globalization;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Catalogue.Application;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class CatalogueMutationContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<CreateCourseInput, CreateCourseCommand, Course>
        {
            Name = "createCourse",
            Description = "Creates a course. Add its first version with `createCourseVersion`.",
            Policy = CataloguePolicies.Manage,
            InputType = typeof(CreateCourseInputType),
            Command = (input, _) => new CreateCourseCommand(input.Code, input.NameSv, input.NameEn, input.OrganisationUnitCode, input.Level,
                input.FinancingForm ?? FinancingForm.Ordinary, input.EducationalAreas?.Select(a => new EducationalAreaShare(a.Area, a.Share)).ToList(),
                input.SubjectGroup),
            Payload = [new("course", typeof(CourseType), "The new course; null when refused.")],
            InputNames = { [nameof(CreateCourseCommand.DepartmentCode)] = "organisationUnitCode" },
        });

        schema.AddMutation(new MutationDeclaration<CreateCourseVersionInput, CreateCourseVersionCommand, CourseVersion>
        {
            Name = "createCourseVersion",
            Description = "Adds the next version of a course, with its modules.",
            Policy = CataloguePolicies.Manage,
            InputType = typeof(CreateCourseVersionInputType),
            Command = (input, call) => new CreateCourseVersionCommand(
                call.Id(input.CourseId, "Course", Field.Of(nameof(CreateCourseVersionCommand.CourseId))),
                input.Credits, input.GradingScaleCode, input.ValidFrom, input.RequiresProjectTitle,
                input.Modules.Select(m => new ModuleCommand(m.Code, m.NameSv, m.NameEn, m.Credits, m.GradingScaleCode)).ToList()),
            Payload = [new("courseVersion", typeof(CourseVersionType), "The new version; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<CreateOfferingInput, CreateOfferingCommand, Offering>
        {
            Name = "createOffering",
            Description = "Creates an offering of a course version.",
            Policy = CataloguePolicies.Manage,
            InputType = typeof(CreateOfferingInputType),
            Command = (input, call) => new CreateOfferingCommand(
                call.Id(input.CourseVersionId, "CourseVersion", Field.Of(nameof(CreateOfferingCommand.CourseVersionId))),
                input.Code, input.Term, input.StartDate, input.EndDate, input.PacePercent, input.OrganisationUnitCode,
                input.StudyForm ?? StudyForm.Campus, input.Place ?? ""),
            Payload = [new("offering", typeof(CourseOfferingType), "The new offering; null when refused.")],
            InputNames = { [nameof(CreateOfferingCommand.DepartmentCode)] = "organisationUnitCode" },
        });

        schema.AddMutation(new MutationDeclaration<UpdateOfferingInput, UpdateOfferingCommand, Offering>
        {
            Name = "updateOffering",
            Description = "Changes an offering's dates, pace, study form, place or status. Send the `version` you read; a stale one is refused.",
            Policy = CataloguePolicies.Manage,
            InputType = typeof(UpdateOfferingInputType),
            Command = (input, call) => new UpdateOfferingCommand(
                call.Id(input.OfferingId, "CourseOffering", Field.Of(nameof(UpdateOfferingCommand.OfferingId))),
                Version(input.Version, call), input.StartDate, input.EndDate, input.PacePercent, input.Status, input.StudyForm, input.Place),
            Payload = [new("offering", typeof(CourseOfferingType), "The offering as changed; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<SetRegistrationWindowInput, SetRegistrationWindowCommand, Offering>
        {
            Name = "setRegistrationWindow",
            Description = "Sets the days students may register themselves on an offering (registreringsperiod), or clears them. "
                + "Without a window only a study administrator registers.",
            Policy = CataloguePolicies.Manage,
            InputType = typeof(SetRegistrationWindowInputType),
            Command = (input, call) => new SetRegistrationWindowCommand(
                call.Id(input.OfferingId, "CourseOffering", Field.Of(nameof(SetRegistrationWindowCommand.OfferingId))), input.Opens, input.Closes),
            Payload = [new("offering", typeof(CourseOfferingType), "The offering with its window; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<ChangeCourseFundingInput, ChangeCourseFundingCommand, Course>
        {
            Name = "changeCourseFunding",
            Description = "Changes a course's financing form and educational areas; the funded figures of every period follow. "
                + "Send the `version` you read to refuse the change if someone else changed the course since.",
            Policy = CataloguePolicies.Manage,
            InputType = typeof(ChangeCourseFundingInputType),
            Command = (input, call) => new ChangeCourseFundingCommand(
                call.Id(input.CourseId, "Course", Field.Of(nameof(ChangeCourseFundingCommand.CourseId))),
                input.FinancingForm, [.. input.EducationalAreas.Select(a => new EducationalAreaShare(a.Area, a.Share))],
                input.Version is { } version ? Version(version, call) : null),
            Payload = [new("course", typeof(CourseType), "The course as changed; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<ChangeCourseSubjectGroupInput, ChangeCourseSubjectGroupCommand, Course>
        {
            Name = "changeCourseSubjectGroup",
            Description = "Classifies a course in SCB's subject groups (ämnesgrupper), as the individual records to SCB give it. "
                + "Send the `version` you read to refuse the change if someone else changed the course since.",
            Policy = CataloguePolicies.Manage,
            InputType = typeof(ChangeCourseSubjectGroupInputType),
            Command = (input, call) => new ChangeCourseSubjectGroupCommand(
                call.Id(input.CourseId, "Course", Field.Of(nameof(ChangeCourseSubjectGroupCommand.CourseId))),
                input.SubjectGroup, input.Version is { } version ? Version(version, call) : null),
            Payload = [new("course", typeof(CourseType), "The course as changed; null when refused.")],
        });
    }

    /// <summary>A row version, as the API gave it out in text.</summary>
    private static uint Version(string text, MutationCall call)
    {
        if (!uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            call.Refuse(DomainError.Of(KernelReasons.NotAVersion, nameof(UpdateOfferingCommand.Version), text));
        }
        return version;
    }
}
