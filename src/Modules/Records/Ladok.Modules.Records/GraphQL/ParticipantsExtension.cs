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
                "The students registered on the offering, one per student (with the latest of their registrations on it), by `orderBy`, or in the " +
                "order those were registered without it; empty unless you may read records at its department. Students, registrations and results " +
                "are each read in one query per page. `state` and `filter` run in SQL before paging, so pages and totalCount count only those kept.")
            .Argument<ParticipationStateType>("state", "Only participants in this state today (as `filter: { states: [...] }` with one state).")
            .Argument<ParticipantFilterType>("filter", "Which participants to list: by state, or by their results on a module.")
            .OrderBy<object?, Connection<Participant>, ParticipantOrderFieldType, ParticipantOrderField>(
                "How to sort, the first entry deciding first; the registration breaks ties. Names sort in Swedish alphabetical order.")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var offeringId = idOf(c.Source!);
                var filter = c.GetArgument<ParticipantFilter?>("filter");
                IReadOnlyList<ParticipationState>? states = (filter?.States, c.GetArgument<ParticipationState?>("state")) switch
                {
                    (null, null) => null,
                    (null, { } one) => [one],
                    ({ } listed, null) => listed,
                    ({ } listed, { } one) => listed.Contains(one) ? [one] : [], // both given: both must hold
                };
                var order = c.OrderingOf<ParticipantOrderField>();

                ParticipationDates? dates = null;
                if (states is not null || order.Any(o => o.Field == ParticipantOrderField.State))
                {
                    // The state depends on the offering's dates, which the Catalogue owns: they go into the SQL as parameters.
                    var offering = await services.GetRequiredService<ICatalogueQueries>().GetOfferingAsync(offeringId, c.CancellationToken);
                    if (offering is null) return Connection<Participant>.Empty;
                    dates = new ParticipationDates(RecordsRules.Today(services.GetRequiredService<TimeProvider>()), offering.StartDate, offering.EndDate);
                }
                var criteria = new ParticipantCriteria(states, filter?.NoResultOnModule?.Trim(),
                    filter?.ResultOnModule is { } on ? new ModuleResultCriterion(on.ModuleCode.Trim(), on.Status) : null);
                var page = await services.GetRequiredService<RecordsReader>()
                    .ParticipantsAsync(offeringId, dates, criteria, order, PageRequest.From(c), c.CancellationToken);
                // Every registration on an offering belongs to its department, so one check decides the page.
                var readable = page.Edges.Count == 0
                    || await services.GetRequiredService<RecordsReadScope>().MayReadAsync(page.Nodes.First().DepartmentId, c.User!, c.CancellationToken);
                return readable ? page.Map(r => new Participant(r)) : Connection<Participant>.Empty;
            });
}
