using System.Security.Claims;

namespace Ladok.Kernel.GraphQL.Authorization;

/// <summary>
/// The evaluator until the Permissions module replaces it with grants: public policies for
/// everyone, every other policy for any signed-in caller.
/// </summary>
public sealed class SignedInPolicyEvaluator : IAuthorizationPolicyEvaluator
{
    public ValueTask<PolicyDecision> EvaluateAsync(string policy, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        ValueTask.FromResult(policy == Policies.Public || caller.Identity?.IsAuthenticated == true
            ? PolicyDecision.Allow
            : PolicyDecision.Unauthenticated());
}
