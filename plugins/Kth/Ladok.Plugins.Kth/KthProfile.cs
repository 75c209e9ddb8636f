using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Kth;

/// <summary>
/// KTH's public facts: sign-in with the KTH account, the Ladok support, and the staff guides on
/// the intranet. Sources are listed in the plugin's README.
/// </summary>
public sealed class KthProfile : IUniversityProfile
{
    public string Code => "KTH";

    public string NameSv => "Kungliga Tekniska högskolan";

    public string NameEn => "KTH Royal Institute of Technology";

    public string UserIdClaim => "sub";

    public string UserIdName => "KTH-konto";

    /// <summary>KTH's identity provider names a student by the eduPersonPrincipalName of their KTH account (<c>user@kth.se</c>).</summary>
    public StudentIdentity StudentIdentity { get; } = new("eduPersonPrincipalName", StudentIdentifier.PrincipalName);

    public SupportContact Support { get; } = new("Ladoksupport, KTH", "ladok@kth.se");

    public IReadOnlyList<GuideLink> Guides { get; } =
    [
        new("Användarutbildningar i Ladok (webbkurser i Canvas med prov)", "everyone applying for a permission",
            new Uri("https://intra.kth.se/utbildning/systemstod/ladok/anvandarutbildningar-1.971219")),
        new("Tentamensanmälan, resultatrapportering och attestering", "result reporters and examiners",
            new Uri("https://intra.kth.se/en/utbildning/utbi/examination/tentamensanmalan/tentamensanmalan-resultatrapportering-och-attestering-1.951461")),
        new("Frågor och svar Ladok (FAQ)", "administrators and teachers",
            new Uri("https://intra.kth.se/en/utbildning/systemstod/ladok/fragor-och-svar-lado")),
    ];

    public DataCoverage Coverage { get; } = new(
        "KTH's Ladok holds the first- and second-cycle and doctoral students registered at KTH, with their registrations, module and course " +
        "results and degrees. " +
        "This demo does not model what earlier systems held; ask the Ladok support about records from before KTH moved to the current Ladok.",
        [
            new("first- and second-cycle students", "HT2025",
                "The demo register starts in HT2025; for earlier records ask the Ladok support (ladok@kth.se)."),
            new("doctoral students", "HT2025",
                "The demo register starts in HT2025; for earlier admissions ask the Ladok support (ladok@kth.se)."),
        ]);

    public DemoUniversity DemoData => KthDemoData.University;
}
