using System.Security.Claims;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL.Authorization;

/// <summary>Decides whether the caller satisfies a named policy.</summary>
public interface IAuthorizationPolicyEvaluator
{
    ValueTask<PolicyDecision> EvaluateAsync(string policy, ClaimsPrincipal caller, CancellationToken cancellationToken);
}

/// <summary>A policy's answer: allowed, or the refusal (UNAUTHENTICATED or FORBIDDEN, with its reason).</summary>
public sealed record PolicyDecision(DomainError? Refusal)
{
    public static readonly PolicyDecision Allow = new(Refusal: null);

    public bool Allowed => Refusal is null;

    public static PolicyDecision Unauthenticated() => new(DomainError.Of(KernelReasons.Unauthenticated, (Field?)null));

    /// <summary>None of the caller's permissions includes <paramref name="policy"/>.</summary>
    public static PolicyDecision PermissionMissing(string policy) => new(DomainError.Of(KernelReasons.PermissionMissing, (Field?)null, policy));
}
