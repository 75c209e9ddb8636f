using System.Security.Claims;
using Ladok.Kernel.GraphQL;
using Microsoft.AspNetCore.Authentication;

namespace Ladok.Host.Authentication;

/// <summary>
/// After sign-in: the student claim is the host's to set, so one arriving in a token is dropped before anything reads it.
/// </summary>
internal sealed class StudentClaims : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        foreach (var identity in principal.Identities)
        {
            foreach (var claim in identity.FindAll(CallerIdentity.StudentIdClaim).ToList()) identity.RemoveClaim(claim);
        }
        return Task.FromResult(principal);
    }
}
