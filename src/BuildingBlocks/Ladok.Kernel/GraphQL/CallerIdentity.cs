using System.Security.Claims;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL;

public static class CallerIdentity
{
    /// <summary>
    /// The signed-in caller's university identity: the token's user-id claim, which the host maps
    /// as the name claim (the university plugin chooses which claim). Null when there is none.
    /// </summary>
    public static string? UserIdOf(ClaimsPrincipal? principal) =>
        principal?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;

    /// <summary>The caller's user id, for a query that acts on it; UNAUTHENTICATED without one.</summary>
    public static string RequireUserId(ClaimsPrincipal? principal) =>
        UserIdOf(principal) ?? throw new LadokException(KernelReasons.NoUserId);

    /// <summary>
    /// The claim that names the student a signed-in caller is, as the student's id. The host adds it after sign-in from the
    /// claim the university's profile names (never from the token itself); staff have none.
    /// </summary>
    public const string StudentIdClaim = "ladok_student_id";

    /// <summary>The student the signed-in caller is; null for staff and for callers without a user id.</summary>
    public static Guid? StudentIdOf(ClaimsPrincipal? principal) =>
        UserIdOf(principal) is not null && Guid.TryParse(principal!.FindFirst(StudentIdClaim)?.Value, out var id) ? id : null;

    /// <summary>The signed-in caller, named by the token's <c>name</c> claim when it has one; null without a user id.</summary>
    public static Caller? CallerOf(ClaimsPrincipal? principal) =>
        UserIdOf(principal) is { } id ? new Caller(id, principal!.FindFirst("name")?.Value ?? id) : null;
}
