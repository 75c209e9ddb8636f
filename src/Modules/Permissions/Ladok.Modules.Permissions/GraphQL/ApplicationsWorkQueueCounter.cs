using System.Security.Claims;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Permissions.GraphQL;

/// <summary><c>me.workQueues.applicationsToDecide</c>: the pending applications <c>permissionApplications</c> lists for the caller.</summary>
public sealed class ApplicationsWorkQueueCounter : IWorkQueueCounter
{
    public string Name => "applicationsToDecide";
    public int Order => 50;
    public string Description => "Pending permission applications you may decide, as prefekt or administrator.";
    public string ListedBy => "`permissionApplications(status: PENDING)`";
    public string Policy => PermissionPolicies.Decide;

    public async Task<int> CountAsync(string userId, ClaimsPrincipal caller, IServiceProvider requestServices, CancellationToken cancellationToken) =>
        CallerIdentity.CallerOf(caller) is { } signedIn
            ? (await requestServices.GetRequiredService<PermissionsReader>().ApplicationsToDecideAsync(
                signedIn, ApplicationStatus.Pending, [], new PageRequest(0, false, null, null), cancellationToken)).TotalCount ?? 0
            : 0;
}
