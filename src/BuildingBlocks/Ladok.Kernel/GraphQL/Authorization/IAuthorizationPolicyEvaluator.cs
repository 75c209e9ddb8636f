using System.Security.Claims;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL.Authorization;

/// <summary>Decides whether the caller satisfies a named policy.</summary>
public interface IAuthorizationPolicyEvaluator
{
    ValueTask<PolicyDecision> EvaluateAsync(string policy, ClaimsPrincipal caller, CancellationToken cancellationToken);
}

public sealed record PolicyDecision(bool Allowed, ErrorCode Code, string Reason)
{
    public static readonly PolicyDecision Allow = new(true, ErrorCode.Forbidden, "");

    public static PolicyDecision Unauthenticated() => new(false, ErrorCode.Unauthenticated, ErrorCode.Unauthenticated.Describe());

    public static PolicyDecision Forbidden(string reason) => new(false, ErrorCode.Forbidden, reason);
}
