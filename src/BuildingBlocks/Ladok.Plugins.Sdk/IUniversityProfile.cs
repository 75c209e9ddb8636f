namespace Ladok.Plugins.Sdk;

/// <summary>
/// Extension point: a university. Exactly one profile serves a running host, chosen by the
/// configuration key <c>University:Code</c>.
/// </summary>
public interface IUniversityProfile
{
    /// <summary>The university's code, for example <c>UMU</c>.</summary>
    string Code { get; }

    /// <summary>The Swedish name: <c>Umeå universitet</c>.</summary>
    string NameSv { get; }

    /// <summary>The English name: <c>Umeå University</c>.</summary>
    string NameEn { get; }

    /// <summary>The claim of the identity provider's token that holds the user id (at Umeå the Umu-id).</summary>
    string UserIdClaim { get; }

    /// <summary>What the user id is called locally, for sign-in pages: <c>Umu-id</c>.</summary>
    string UserIdName { get; }

    /// <summary>Where users turn for help.</summary>
    SupportContact Support { get; }

    /// <summary>Quick guides and training material, per audience.</summary>
    IReadOnlyList<GuideLink> Guides { get; }

    /// <summary>What the register holds and since when, so an empty lookup can say why and where else to look.</summary>
    DataCoverage Coverage { get; }

    /// <summary>The demo university seeded when the host starts on an empty database; null for none.</summary>
    DemoUniversity? DemoData { get; }

    /// <summary>
    /// The token claim that makes a signed-in person a student (since SDK 1.7): the host finds the student it names and lets them
    /// see their own records. Null (the default) when students do not sign in.
    /// </summary>
    StudentIdentity? StudentIdentity => null;
}

/// <summary>Support contact of a university's Ladok group.</summary>
/// <param name="Unit">The unit that gives support, for example <c>Ladokgruppen, Studentcentrum</c>.</param>
/// <param name="Email">The support address.</param>
public sealed record SupportContact(string Unit, string Email);

/// <summary>A link to a guide.</summary>
/// <param name="Title">The guide's title.</param>
/// <param name="Audience">Who it is for, for example <c>result reporters and attestants</c>.</param>
/// <param name="Url">Where it is.</param>
public sealed record GuideLink(string Title, string Audience, Uri Url);

/// <summary>What a university's register covers.</summary>
/// <param name="Summary">A paragraph for people: who is in the register and since when.</param>
/// <param name="Rules">The coverage rules one by one, each with where to look for what the register lacks.</param>
public sealed record DataCoverage(string Summary, IReadOnlyList<CoverageRule> Rules);

/// <summary>One rule of coverage.</summary>
/// <param name="Population">Who it concerns, for example <c>first-cycle students</c>.</param>
/// <param name="From">The first term covered, for example <c>HT1983</c>.</param>
/// <param name="Note">What is missing and where it is kept instead, if anywhere.</param>
public sealed record CoverageRule(string Population, string From, string Note);
