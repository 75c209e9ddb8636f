using Ladok.Kernel.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Auditing;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

public sealed class RecordsQueryContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        var query = schema.Query;

        query.Field<StudentType>("student")
            .Description(
                "The student with this identity number, written in any usual form (10 or 12 digits, with or without separator); null when there is none.")
            .Argument<NonNullGraphType<PersonalIdentityNumberType>>("identityNumber", "Personnummer, samordningsnummer or interimsnummer.")
            .RequirePolicy(RecordsPolicies.Read)
            .ResolveAsync(async c =>
            {
                var found = await Reader(c).StudentByIdentityNumberAsync(c.GetArgument<string>("identityNumber"), c.CancellationToken);
                return found.Succeeded ? found.Value : throw LadokException.From(found.Errors[0]);
            });

        query.Field<NonNullGraphType<StudentLookupType>>("studentLookup")
            .Description(
                "Like `student`, and when nobody has the number the answer says what the university's register covers and where older records are kept.")
            .Argument<NonNullGraphType<PersonalIdentityNumberType>>("identityNumber", "Personnummer, samordningsnummer or interimsnummer.")
            .RequirePolicy(RecordsPolicies.Read)
            .ResolveAsync(async c =>
            {
                var found = await Reader(c).StudentByIdentityNumberAsync(c.GetArgument<string>("identityNumber"), c.CancellationToken);
                if (!found.Succeeded) throw LadokException.From(found.Errors[0]);
                return new StudentLookup(
                    found.Value, found.Value is null ? CoverageNote(c.RequestServices!.GetRequiredService<IUniversityProfile>().Coverage) : null);
            });

        query.ConnectionField<ResultType, Result>("resultsAwaitingAttestation")
            .Description("Results marked ready that you may decide, oldest first: those on the courses where you hold the attesting right, "
                + "those naming you as examiner, and credit transfers waiting for an attestant; with `kinds`, also removal requests.")
            .Argument<AttestationScopeType>("scope",
                "NAMED_ME or ALL_I_MAY_ATTEST; left out, both together (what this list held before it had a scope).")
            .Argument<ListGraphType<NonNullGraphType<AttestationKindType>>>("kinds",
                "What to list: ready results (RESULT, the default), removal requests (REMOVAL_REQUEST), or both; each Result's `status` says which it is.")
            .Argument<StringGraphType>("courseCode", "Only those on this course (kurskod, such as 5DV001).")
            .Argument<IdGraphType>("offeringId", "Only those on this offering (the `id` of a CourseOffering).")
            .RequirePolicy(RecordsPolicies.Attest)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } attestant) return Connection<Result>.Empty;
                var criteria = new AttestationCriteria(
                    c.GetArgument<AttestationScope?>("scope"),
                    c.GetArgument<List<AttestationKind>?>("kinds") ?? [AttestationKind.Result],
                    c.GetArgument<string?>("courseCode"),
                    OfferingIdArgument(c));
                return await c.RequestServices!.GetRequiredService<ResultsAwaitingAttestation>()
                    .ForAsync(attestant, criteria, PageRequest.From(c), c.CancellationToken);
            });

        query.ConnectionField<ResultType, Result>("results")
            .Description("Results at the departments where you may read records, such as your drafts and the results rejected back to you; "
                + "filtered and sorted in SQL. Without `orderBy`, oldest reported first.")
            .Argument<ResultFilterType>("filter", "Which results to list.")
            .OrderBy<object?, Connection<Result>, ResultOrderFieldType, ResultOrderField>(
                "How to sort, the first entry deciding first; the result breaks ties. Names sort in Swedish alphabetical order.")
            .RequirePolicy(RecordsPolicies.Read)
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var filter = c.GetArgument<ResultFilter?>("filter");
                Guid? offeringId = filter?.OfferingId is { } id ? OfferingId(id) : null;
                var criteria = new ResultCriteria(filter?.Status, filter?.ReportedBy, filter?.CourseCode, offeringId, filter?.ModuleCode);
                var scope = services.GetRequiredService<RecordsReadScope>();
                return await services.GetRequiredService<ResultList>().ListAsync(criteria, c.OrderingOf<ResultOrderField>(),
                    department => scope.MayReadAsync(department, c.User!, c.CancellationToken), PageRequest.From(c), c.CancellationToken);
            });

        query.ConnectionField<AuditEntryType, AuditEntry>("auditTrail")
            .Description(
                "Every write to a Student, Registration or Result, or to a Grant, PermissionApplication or CourseRight (administrators), oldest first: " +
                "who, when, old and new values. Read-only: nothing can change or remove it.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId", "The `id` of the object.")
            .RequirePolicy(RecordsPolicies.Read)
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var trail = await services.GetRequiredService<AuditTrailReader>().TrailAsync(
                    c.GetArgument<string>("subjectId"), c.User!, services.GetRequiredService<RecordsReadScope>(), PageRequest.From(c), c.CancellationToken);
                return trail.Succeeded ? trail.Value : throw LadokException.From(trail.Errors[0]);
            });

        query.ConnectionField<StudentType, Student>("students")
            .Description("Students, by identity number or by `orderBy`.")
            .Argument<StringGraphType>(
                "search", "Matches any part of the name ignoring case, or, when it is digits, the start of the identity number with or without century.")
            .OrderBy<object?, Connection<Student>, StudentOrderFieldType, StudentOrderField>(
                "How to sort, the first entry deciding first (by identity number without it); names sort in Swedish alphabetical order.")
            .RequirePolicy(RecordsPolicies.Read)
            .ResolveAsync(async c => await Reader(c).StudentsAsync(
                c.GetArgument<string?>("search"), c.OrderingOf<StudentOrderField>(), PageRequest.From(c), c.CancellationToken));
    }

    /// <summary>The plugin's coverage as one text a front end can show beside "no student found".</summary>
    private static string CoverageNote(DataCoverage coverage) =>
        string.Join("\n", [coverage.Summary, .. coverage.Rules.Select(r => $"{r.Population} (from {r.From}): {r.Note}")]);

    private static Guid? OfferingIdArgument(IResolveFieldContext context) =>
        context.GetArgument<string?>("offeringId") is { } id ? OfferingId(id) : null;

    /// <summary>The offering's own id in a global id given as an argument; VALIDATION when it is not a CourseOffering's.</summary>
    private static Guid OfferingId(string globalId)
    {
        var decoded = GlobalIdInput.Expect(globalId, "CourseOffering", Field.Of("offeringId"));
        return decoded.Succeeded ? decoded.Value : throw LadokException.From(decoded.Errors[0]);
    }

    private static RecordsReader Reader(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordsReader>();
}
