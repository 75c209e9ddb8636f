using Ladok.Kernel.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Application;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Catalogue.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class CatalogueQueryContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        var query = schema.Query;

        query.Field<NonNullGraphType<UniversityType>>("university")
            .Description("The university this system serves.")
            .RequirePolicy(Policies.Public)
            .Resolve(c => c.RequestServices!.GetRequiredService<IUniversityProfile>());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradingScaleType>>>>("gradingScales")
            .Description("Every grading scale, standard and the university's own.")
            .RequirePolicy(Policies.Public)
            .ResolveAsync(async c => await Reader(c).GradingScalesAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationUnitType>>>>("organisationUnits")
            .Description("The organisation tree, university first, then faculties and departments.")
            .RequirePolicy(CataloguePolicies.Read)
            .ResolveAsync(async c => await Reader(c).OrganisationUnitsAsync(c.CancellationToken));

        query.ConnectionField<CourseType, Course>("courses")
            .Description("Courses by code or name, optionally only those given under an organisation unit or in a term.")
            .Argument<StringGraphType>("search", "Matches the start of the code or any part of a name, ignoring case.")
            .Argument<StringGraphType>("organisationUnitCode", "Only courses given by this unit or a unit below it.")
            .Argument<TermType>("term",
                "Only courses with an offering in this term (such as HT2025): one starting in it, or an earlier one still running when its teaching starts.")
            .RequirePolicy(CataloguePolicies.Read)
            .ResolveAsync(async c =>
            {
                // The Term scalar has checked it and writes it the one way.
                Term? term = c.GetArgument<string?>("term") is { } termText ? Term.Parse(termText) : null;
                return await Reader(c).CoursesAsync(
                    c.GetArgument<string?>("search"), c.GetArgument<string?>("organisationUnitCode"), term, PageRequest.From(c), c.CancellationToken);
            });

        query.Field<CourseType>("course")
            .Description("A course by its code; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Kurskod, such as 5DV001.")
            .RequirePolicy(CataloguePolicies.Read)
            .ResolveAsync(async c => await Reader(c).CourseByCodeAsync(c.GetArgument<string>("code"), c.CancellationToken));

        query.Field<CourseOfferingType>("offering")
            .Description("The offering of a course starting in a term. Give `offeringCode` when the course has several that term.")
            .Argument<NonNullGraphType<StringGraphType>>("courseCode", "Kurskod, such as 5DV001.")
            .Argument<NonNullGraphType<TermType>>("term", "Start term, such as HT2025.")
            .Argument<StringGraphType>("offeringCode", "Tillfälleskod; needed only when the course has several offerings starting that term.")
            .RequirePolicy(CataloguePolicies.Read)
            .ResolveAsync(ResolveOfferingAsync);

        query.ConnectionField<ProgrammeType, Programme>("programmes")
            .Description("Programmes, by code.")
            .RequirePolicy(CataloguePolicies.Read)
            .ResolveAsync(async c => await Reader(c).ProgrammesAsync(PageRequest.From(c), c.CancellationToken));
    }

    private static async Task<object?> ResolveOfferingAsync(IResolveFieldContext context)
    {
        var term = Term.Parse(context.GetArgument<string>("term"));

        var offerings = await Reader(context).OfferingsAsync(
            context.GetArgument<string>("courseCode"), term, context.GetArgument<string?>("offeringCode"), context.CancellationToken);
        return offerings.Count switch
        {
            0 => null,
            1 => offerings[0],
            _ => throw new LadokException(ErrorCode.Validation,
                $"The course has {offerings.Count} offerings in {term} ({string.Join(", ", offerings.Select(o => o.Code))}); give `offeringCode`."),
        };
    }

    private static CatalogueReader Reader(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CatalogueReader>();
}
