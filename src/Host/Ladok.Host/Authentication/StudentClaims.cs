using System.Security.Claims;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Records.Contracts;
using Ladok.Plugins.Sdk;
using Microsoft.AspNetCore.Authentication;

namespace Ladok.Host.Authentication;

/// <summary>
/// After sign-in: the student claim is the host's to set, so one arriving in a token is dropped before anything reads it. Then,
/// where the university's profile names a student claim (<see cref="IUniversityProfile.StudentIdentity"/>) and the token carries
/// it, the student it names (by identity number or stored principal name) becomes <see cref="CallerIdentity.StudentIdClaim"/>.
/// A member of staff who is also a student keeps their grants: the claim only adds what a student sees of their own.
/// </summary>
/// <remarks>
/// One instance serves one request's authentication, which may transform the same principal more than once; the principal it
/// returned last is returned as it is, so the student is looked up once a request.
/// </remarks>
internal sealed class StudentClaims(IUniversityProfile university, IStudentSignIn students) : IClaimsTransformation
{
    private ClaimsPrincipal? transformed;

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (ReferenceEquals(principal, transformed)) return principal;

        foreach (var identity in principal.Identities)
        {
            foreach (var claim in identity.FindAll(CallerIdentity.StudentIdClaim).ToList()) identity.RemoveClaim(claim);
        }

        if (CallerIdentity.UserIdOf(principal) is not null
            && university.StudentIdentity is { } studentIdentity
            && principal.FindFirst(studentIdentity.ClaimType)?.Value is { Length: > 0 } value
            && principal.Identity is ClaimsIdentity signedIn)
        {
            var student = studentIdentity.Carries switch
            {
                StudentIdentifier.PersonalIdentityNumber => await students.FindByIdentityNumberAsync(value, CancellationToken.None),
                _ => await students.FindByPrincipalNameAsync(value, CancellationToken.None),
            };
            if (student is not null) signedIn.AddClaim(new Claim(CallerIdentity.StudentIdClaim, student.StudentId.ToString()));
        }

        transformed = principal;
        return principal;
    }
}
