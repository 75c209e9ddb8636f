using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>
/// Deltagare: a student on an offering, once however many terms they are registered for on it (FFG,
/// then FO on an offering over several terms), carrying their latest registration.
/// </summary>
public sealed record Participant(Registration Registration);

public sealed class ParticipantType : ObjectGraphType<Participant>
{
    public ParticipantType()
    {
        Name = "Participant";
        Description = "Deltagare: a student registered on the offering, once per student, with their results on it.";
        Field<NonNullGraphType<RegistrationType>>("registration")
            .Description(
                "The student's latest registration on the offering: the FO's on an offering over several terms once they have one, otherwise the only one.")
            .Resolve(c => c.Source.Registration);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistrationType>>>>("registrations")
            .Description("All the student's registrations on the offering, one per term (FFG, then FO), oldest term first.")
            .Resolve(
                c => Loaders.RegistrationsOnOfferingOfRegistration(c, c.Source.Registration.Id)
                    .Then(registrations => (IEnumerable<Registration>?)registrations ?? []));
        Field<NonNullGraphType<StudentType>>("student")
            .Description("The registered student.").Resolve(c => Loaders.Student(c, c.Source.Registration.StudentId));
        Field<NonNullGraphType<ParticipationStateType>>("state")
            .Description("Deltagandestatus today, on the latest registration; a passing course grade on any of them completes it.")
            .Resolve(c => Loaders.ParticipationState(c, c.Source.Registration.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultType>>>>("results")
            .Description("The student's results on the offering, on any of their registrations on it, removed ones too, by examination date.")
            .Resolve(c => Loaders.ResultsOnOfferingOfRegistration(c, c.Source.Registration.Id).Then(results => (IEnumerable<Result>?)results ?? []));
    }
}

/// <summary>Adds <c>participants</c> to the Catalogue's <c>CourseOffering</c>; the Catalogue knows nothing of it.</summary>
public sealed class ParticipantsExtension : INodeTypeExtension
{
    public string TypeName => "CourseOffering";

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf) =>
        fields.ConnectionField<ParticipantType, Participant>("participants")
            .Description(
                "The students registered on the offering, one per student (with the latest of their registrations on it), in the order those were " +
                "registered; empty unless you may read records at its department. Students, registrations and results are each read in one query per page. "
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
                    filter = new ParticipationFilter(
                        state, RecordsRules.Today(services.GetRequiredService<TimeProvider>()), offering.StartDate, offering.EndDate);
                }
                var page = await services.GetRequiredService<RecordsReader>()
                    .RegistrationsOfOfferingAsync(offeringId, filter, PageRequest.From(c), c.CancellationToken);
                // Every registration on an offering belongs to its department, so one check decides the page.
                var readable = page.Edges.Count == 0
                    || await services.GetRequiredService<RecordsReadScope>().MayReadAsync(page.Nodes.First().DepartmentId, c.User!, c.CancellationToken);
                return readable ? page.Map(r => new Participant(r)) : Connection<Participant>.Empty;
            });
}
