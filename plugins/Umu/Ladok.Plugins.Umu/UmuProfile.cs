using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Umu;

/// <summary>
/// Facts from Umeå University's page "Om Ladok" (Studentcentrum, 2023-04-18): sign-in with the
/// Umu-id, support from the Ladok group, and what the register has held since when.
/// </summary>
public sealed class UmuProfile : IUniversityProfile
{
    private static readonly Uri UmuSite = new("https://www.umu.se/");

    public string Code => "UMU";

    public string NameSv => "Umeå universitet";

    public string NameEn => "Umeå University";

    public string UserIdClaim => "sub";

    public string UserIdName => "Umu-id";

    /// <summary>Umeå's identity provider (SWAMID) releases the student's personnummer.</summary>
    public StudentIdentity StudentIdentity { get; } = new("personalIdentityNumber", StudentIdentifier.PersonalIdentityNumber);

    public SupportContact Support { get; } = new("Ladokgruppen, Studentcentrum", "ladok@adm.umu.se");

    public IReadOnlyList<GuideLink> Guides { get; } =
    [
        new("Lathundar för resultatrapportörer och attestanter", "result reporters and attestants", UmuSite),
        new("Lathundar och inspelade utbildningar på Ladokgruppens Teamsyta", "administrators", UmuSite),
        new("Utbildningar för behörigheter i Ladok (introducerande träff obligatorisk för studieadministratörer)",
            "everyone applying for a permission", UmuSite),
    ];

    public DataCoverage Coverage { get; } = new(
        "Umeå universitets Ladok holds every first-cycle student who studied at the university from the autumn term 1983 (HT1983), " +
        "students from 1977–1983 except those purged for inactivity before 1988, and doctoral students admitted from HT1996.",
        [
            new("first-cycle students", "HT1983", "Everyone who studied at the university from HT1983 is in the register."),
            new("first-cycle students 1977–1983", "1977",
                "Persons who before 1988 had been inactive for at least five years in a row (not registered, no grades) were purged from the database. " +
                "Their records are kept on microfiche at Studentcentrum (ladok@adm.umu.se)."),
            new("doctoral students", "HT1996", "Doctoral students admitted from HT1996 are in the register; ask Studentcentrum about earlier admissions."),
        ]);

    public DemoUniversity DemoData => UmuDemoData.University;
}
