namespace Ladok.Plugins.Sdk;

/// <summary>
/// Which claim of the identity provider's token says that the signed-in person is a student, and what it carries (since SDK
/// 1.7). SWAMID's usual claims are <c>personalIdentityNumber</c> (or <c>norEduPersonNIN</c>) for a personnummer and
/// <c>eduPersonPrincipalName</c> for the eppn, such as <c>abcd0001@umu.se</c>.
/// </summary>
/// <param name="ClaimType">The claim's name in the token, such as <c>personalIdentityNumber</c>.</param>
/// <param name="Carries">Whether its value is a personnummer (matched against the student's identity number) or an
/// eduPersonPrincipalName (matched against the principal name stored on the student).</param>
public sealed record StudentIdentity(string ClaimType, StudentIdentifier Carries);

/// <summary>What a student claim's value is (since SDK 1.7).</summary>
public enum StudentIdentifier
{
    /// <summary>A personnummer or samordningsnummer, in any usual form (twelve digits is SWAMID's).</summary>
    PersonalIdentityNumber,

    /// <summary>An eduPersonPrincipalName (<c>user@scope</c>), which a student must have stored to be found by it.</summary>
    PrincipalName,
}
