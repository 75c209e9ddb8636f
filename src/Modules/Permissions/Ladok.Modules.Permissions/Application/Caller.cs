using System.Security.Claims;
using Ladok.Kernel.GraphQL;

namespace Ladok.Modules.Permissions.Application;

/// <summary>The signed-in caller: the user id (the name claim, which the university's plugin chose) and a display name.</summary>
public sealed record Caller(string UserId, string Name)
{
    public static Caller? From(ClaimsPrincipal principal) =>
        CallerIdentity.UserIdOf(principal) is { } id ? new Caller(id, principal.FindFirst("name")?.Value ?? id) : null;
}
