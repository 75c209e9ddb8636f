using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Lu;

/// <summary>Lund University's public facts: sign-in with the Lucat id, the Ladok support, and the staff guides. Sources in the README.</summary>
public sealed class LuProfile : IUniversityProfile
{
    public string Code => "LU";

    public string NameSv => "Lunds universitet";

    public string NameEn => "Lund University";

    public string UserIdClaim => "sub";

    public string UserIdName => "Lucat-id";

    /// <summary>Students sign in with their personnummer in the token, as at Umeå.</summary>
    public StudentIdentity StudentIdentity { get; } = new("personalIdentityNumber", StudentIdentifier.PersonalIdentityNumber);

    public SupportContact Support { get; } = new("Ladoksupport, Lunds universitet", "ladok@lu.se");

    public IReadOnlyList<GuideLink> Guides { get; } =
    [
        new("Tillgodoräknande av utbildning på grund- och avancerad nivå", "study administrators and examiners",
            new Uri("https://www.medarbetarwebben.lu.se/forska-och-utbilda/stod-till-utbildning/utbildningsadministration/"
                + "tillgodoraknande-av-utbildning-pa-grund-och-avancerad-niva")),
    ];

    public DataCoverage Coverage { get; } = new(
        "This demo Lund holds first- and second-cycle students from HT2025; it does not model what earlier systems held.",
        [new("first- and second-cycle students", "HT2025", "The demo register starts in HT2025; for earlier records ask the Ladok support (ladok@lu.se).")]);

    public DemoUniversity DemoData => LuDemoData.University;
}
