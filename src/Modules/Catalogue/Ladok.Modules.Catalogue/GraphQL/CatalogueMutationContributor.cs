using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Catalogue.Application;
using Ladok.Modules.Catalogue.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class CatalogueMutationContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        var mutation = schema.Mutation;

        mutation.Field<NonNullGraphType<CreateCoursePayloadType>>("createCourse")
            .Description("Creates a course. Add its first version with `createCourseVersion`.")
            .Argument<NonNullGraphType<CreateCourseInputType>>("input")
            .RequirePolicy(CataloguePolicies.Manage)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateCourseInput>("input");
                var outcome = await Handler<CreateCourseHandler>(c).HandleAsync(
                    new CreateCourseCommand(input.Code, input.NameSv, input.NameEn, input.OrganisationUnitCode, input.Level), c.CancellationToken);
                return new CoursePayload(outcome.Value, UserError.From(outcome.Errors));
            });

        mutation.Field<NonNullGraphType<CreateCourseVersionPayloadType>>("createCourseVersion")
            .Description("Adds the next version of a course, with its modules.")
            .Argument<NonNullGraphType<CreateCourseVersionInputType>>("input")
            .RequirePolicy(CataloguePolicies.Manage)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateCourseVersionInput>("input");
                var courseId = GlobalIdInput.Expect(input.CourseId, "Course", "input", "courseId");
                if (!courseId.Succeeded) return new CourseVersionPayload(null, UserError.From(courseId.Errors));

                var modules = input.Modules.Select(m => new ModuleCommand(m.Code, m.NameSv, m.NameEn, m.Credits, m.GradingScaleCode)).ToList();
                var outcome = await Handler<CreateCourseVersionHandler>(c).HandleAsync(
                    new CreateCourseVersionCommand(courseId.Value, input.Credits, input.GradingScaleCode, input.ValidFrom, input.RequiresProjectTitle, modules),
                    c.CancellationToken);
                return new CourseVersionPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        mutation.Field<NonNullGraphType<CreateOfferingPayloadType>>("createOffering")
            .Description("Creates an offering of a course version.")
            .Argument<NonNullGraphType<CreateOfferingInputType>>("input")
            .RequirePolicy(CataloguePolicies.Manage)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateOfferingInput>("input");
                var versionId = GlobalIdInput.Expect(input.CourseVersionId, "CourseVersion", "input", "courseVersionId");
                if (!versionId.Succeeded) return new OfferingPayload(null, UserError.From(versionId.Errors));

                var outcome = await Handler<CreateOfferingHandler>(c).HandleAsync(
                    new CreateOfferingCommand(versionId.Value, input.Code, input.Term, input.StartDate, input.EndDate, input.PacePercent, input.OrganisationUnitCode),
                    c.CancellationToken);
                return new OfferingPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        mutation.Field<NonNullGraphType<UpdateOfferingPayloadType>>("updateOffering")
            .Description("Changes an offering's dates, pace or status. Send the `version` you read; a stale one is refused.")
            .Argument<NonNullGraphType<UpdateOfferingInputType>>("input")
            .RequirePolicy(CataloguePolicies.Manage)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateOfferingInput>("input");
                var offeringId = GlobalIdInput.Expect(input.OfferingId, "CourseOffering", "input", "offeringId");
                if (!offeringId.Succeeded) return new OfferingPayload(null, UserError.From(offeringId.Errors));
                if (!uint.TryParse(input.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                {
                    return new OfferingPayload(null, [new UserError(ErrorCode.Validation, "`version` is not a version this API returned.", ["input", "version"])]);
                }

                var outcome = await Handler<UpdateOfferingHandler>(c).HandleAsync(
                    new UpdateOfferingCommand(offeringId.Value, version, input.StartDate, input.EndDate, input.PacePercent, input.Status), c.CancellationToken);
                return new OfferingPayload(outcome.Value, UserError.From(outcome.Errors));
            });
    }

    private static THandler Handler<THandler>(IResolveFieldContext context) where THandler : notnull =>
        context.RequestServices!.GetRequiredService<THandler>();
}
