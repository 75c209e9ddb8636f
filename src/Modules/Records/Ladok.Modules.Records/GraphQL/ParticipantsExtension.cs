using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>Deltagare: a student registered on an offering, with their results there.</summary>
public sealed record Participant(Registration Registration);

public sealed class ParticipantType : ObjectGraphType<Participant>
{
    public ParticipantType()
    {
        Name = "Participant";
        Description = "Deltagare: a student registered on the offering, with the results reported on that registration.";
        Field<NonNullGraphType<RegistrationType>>("registration").Resolve(c => c.Source.Registration);
        Field<NonNullGraphType<StudentType>>("student").Resolve(c => Loaders.Student(c, c.Source.Registration.StudentId));
        Field<NonNullGraphType<ParticipationStateType>>("state").Description("Deltagandestatus today.")
            .Resolve(c => Loaders.ParticipationState(c, c.Source.Registration.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultType>>>>("results")
            .Description("Results on this registration, removed ones too, by examination date.")
            .Resolve(c => Loaders.ResultsOfRegistration(c, c.Source.Registration.Id).Then(results => (IEnumerable<Result>?)results ?? []));
    }
}

/// <summary>Adds <c>participants</c> to the Catalogue's <c>CourseOffering</c>; the Catalogue knows nothing of it.</summary>
public sealed class ParticipantsExtension : INodeTypeExtension
{
    public string TypeName => "CourseOffering";

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf) =>
        fields.ConnectionField<ParticipantType, Participant>("participants")
            .Description("The students registered on the offering, in the order they were registered; empty unless you may read records at its department. Students, registrations and results are each read in one query per page. "
                + "`state` keeps those in that participation state today; the filter runs in SQL before paging, so pages and totalCount count only them.")
            .Argument<ParticipationStateType>("state", "Only participants in this state today.")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var offeringId = idOf(c.Source!);
                ParticipationFilter? filter = null;
                if (c.GetArgument<ParticipationState?>("state") is { } state)
                {
                    // The state depends on the offering's dates, which the Catalogue owns: they go into the SQL as parameters.
                    var offering = await services.GetRequiredService<ICatalogueQueries>().GetOfferingAsync(offeringId, c.CancellationToken);
                    if (offering is null) return Connection<Participant>.Empty;
                    filter = new ParticipationFilter(state, RecordsRules.Today(services.GetRequiredService<TimeProvider>()), offering.StartDate, offering.EndDate);
                }
                var page = await services.GetRequiredService<RecordsReader>().RegistrationsOfOfferingAsync(offeringId, filter, PageRequest.From(c), c.CancellationToken);
                // Every registration on an offering belongs to its department, so one check decides the page.
                var readable = page.Edges.Count == 0
                    || await services.GetRequiredService<RecordsReadScope>().MayReadAsync(page.Nodes.First().DepartmentId, c.User!, c.CancellationToken);
                return readable ? page.Map(r => new Participant(r)) : Connection<Participant>.Empty;
            });
}
