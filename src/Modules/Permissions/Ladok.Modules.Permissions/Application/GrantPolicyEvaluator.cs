using System.Runtime.CompilerServices;
using System.Security.Claims;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;

namespace Ladok.Modules.Permissions.Application;

/// <summary>
/// Decides policies from the caller's grants: a policy is a function, and a caller passes when
/// a profile they hold anywhere allows it. Where it applies (which unit, which course) is checked
/// again by the use case, which knows the object. The grants are read once per request.
/// </summary>
public sealed class GrantPolicyEvaluator(CallerRights rights) : IAuthorizationPolicyEvaluator
{
    // One read per request: the principal lives as long as the request.
    private readonly ConditionalWeakTable<ClaimsPrincipal, Task<IReadOnlyList<ActiveGrant>>> perRequest = [];

    public async ValueTask<PolicyDecision> EvaluateAsync(string policy, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (policy == Policies.Public) return PolicyDecision.Allow;
        if (CallerIdentity.CallerOf(caller) is not { } signedIn) return PolicyDecision.Unauthenticated();
        if (policy == Policies.SignedIn) return PolicyDecision.Allow;

        var grants = await ActiveGrantsAsync(caller, signedIn, cancellationToken);
        return grants.Any(g => g.Functions.Contains(policy))
            ? PolicyDecision.Allow
            : PolicyDecision.PermissionMissing(policy);
    }

    /// <summary>The caller's active grants, read once per request, for fields that check where a function applies.</summary>
    public async Task<IReadOnlyList<ActiveGrant>> ActiveGrantsAsync(
        ClaimsPrincipal caller, Kernel.Commands.Caller signedIn, CancellationToken cancellationToken)
    {
        var read = perRequest.GetValue(caller, _ => rights.ActiveGrantsAsync(signedIn.UserId, signedIn.Name, cancellationToken));
        try
        {
            return await read;
        }
        catch
        {
            // A failed read is not kept: the host tries a query again after a transient database fault, with the same principal.
            perRequest.Remove(caller);
            throw;
        }
    }
}
