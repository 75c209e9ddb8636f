using System.Security.Claims;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>
/// The result workflow's work queues in <c>me.workQueues</c>. Each counts with the very query its list runs, so the count is that
/// list's <c>totalCount</c>.
/// </summary>
public static class ResultWorkQueues
{
    public static IReadOnlyList<IWorkQueueCounter> All { get; } =
    [
        new ReportedResults("draftsToMarkReady", 10, "Your drafts, to mark ready (or edit, or delete).",
            "`results(filter: { reportedBy: <your user id>, status: [DRAFT] })`", ResultStatus.Draft),
        new ReportedResults("returnedToMe", 20, "Results you reported that an examiner rejected back to you, to correct and mark ready again.",
            "`results(filter: { reportedBy: <your user id>, status: [REJECTED] })`", ResultStatus.Rejected),
        new AwaitingAttestation("awaitingMyAttestation", 30, "Ready results and credit transfers you may attest or reject.",
            "`resultsAwaitingAttestation(scope: ALL_I_MAY_ATTEST)`", AttestationCriteria.Results(AttestationScope.AllIMayAttest)),
        new AwaitingAttestation("removalRequestsToAttest", 40, "Requested removals of attested results you may attest.",
            "`resultsAwaitingAttestation(scope: ALL_I_MAY_ATTEST, kinds: [REMOVAL_REQUEST])`",
            AttestationCriteria.RemovalRequests(AttestationScope.AllIMayAttest)),
    ];

    private sealed class ReportedResults(string name, int order, string description, string listedBy, ResultStatus status) : IWorkQueueCounter
    {
        public string Name => name;
        public int Order => order;
        public string Description => description;
        public string ListedBy => listedBy;
        public string Policy => RecordsPolicies.Read;

        public Task<int> CountAsync(string userId, ClaimsPrincipal caller, IServiceProvider requestServices, CancellationToken cancellationToken)
        {
            var scope = requestServices.GetRequiredService<RecordsReadScope>();
            return requestServices.GetRequiredService<ResultList>().CountAsync(
                ResultCriteria.ReportedByIn(userId, status), department => scope.MayReadAsync(department, caller, cancellationToken), cancellationToken);
        }
    }

    private sealed class AwaitingAttestation(string name, int order, string description, string listedBy, AttestationCriteria criteria) : IWorkQueueCounter
    {
        public string Name => name;
        public int Order => order;
        public string Description => description;
        public string ListedBy => listedBy;
        public string Policy => RecordsPolicies.Attest;

        public Task<int> CountAsync(string userId, ClaimsPrincipal caller, IServiceProvider requestServices, CancellationToken cancellationToken) =>
            requestServices.GetRequiredService<ResultsAwaitingAttestation>().CountAsync(userId, criteria, cancellationToken);
    }
}
