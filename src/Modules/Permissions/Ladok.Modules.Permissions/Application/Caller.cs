using System.Security.Claims;

namespace Ladok.Modules.Permissions.Application;

/// <summary>The signed-in caller: the user id (the name claim, which the university's plugin chose) and a display name.</summary>
public sealed record Caller(string UserId, string Name)
{
    public static Caller? From(ClaimsPrincipal principal) =>
        principal.Identity is { IsAuthenticated: true, Name: { Length: > 0 } id }
            ? new Caller(id, principal.FindFirst("name")?.Value ?? id)
            : null;
}
