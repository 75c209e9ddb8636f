namespace Ladok.Modules.Catalogue.Domain;

/// <summary>
/// Finansieringsform: who pays for a course. Ordinary courses are paid by the state's grant and count in UKÄ's funded
/// HST and HPR; contract education (uppdragsutbildning, förordning 2002:760) is paid by a client and does not.
/// </summary>
public enum FinancingForm
{
    Ordinary,
    ContractEducation,
}

/// <summary>
/// Utbildningsområde: the areas the state's grant for first- and second-cycle education is priced by, as UKÄ reports
/// HST and HPR per area (Högskolan i siffror, "Utfall HST och HPR per utbildningsområde"). A course is classified into
/// one or more, with shares.
/// </summary>
public enum EducationalArea
{
    /// <summary>Humaniora.</summary>
    Humanities,

    /// <summary>Teologi.</summary>
    Theology,

    /// <summary>Juridik.</summary>
    Law,

    /// <summary>Samhällsvetenskap.</summary>
    SocialSciences,

    /// <summary>Naturvetenskap.</summary>
    NaturalSciences,

    /// <summary>Teknik.</summary>
    Technology,

    /// <summary>Farmaci.</summary>
    Pharmacy,

    /// <summary>Vård.</summary>
    Healthcare,

    /// <summary>Odontologi.</summary>
    Dentistry,

    /// <summary>Medicin.</summary>
    Medicine,

    /// <summary>Undervisning.</summary>
    Teaching,

    /// <summary>Verksamhetsförlagd utbildning (a teacher education's placement).</summary>
    TeacherPlacement,

    /// <summary>Övrigt.</summary>
    Other,

    /// <summary>Design.</summary>
    Design,

    /// <summary>Konst.</summary>
    FineArts,

    /// <summary>Musik.</summary>
    Music,

    /// <summary>Opera.</summary>
    Opera,

    /// <summary>Teater.</summary>
    Theatre,

    /// <summary>Media.</summary>
    Media,

    /// <summary>Dans.</summary>
    Dance,

    /// <summary>Idrott.</summary>
    Sports,
}

/// <summary>A course's share in an educational area: above 0, at most 1, in thousandths; a course's shares sum to 1.</summary>
public sealed record EducationalAreaShare(EducationalArea Area, decimal Share)
{
    /// <summary>What a course gets when no one has classified it: all of it in Other (övrigt), so the figures there show what is left to classify.</summary>
    public static IReadOnlyList<EducationalAreaShare> Unclassified { get; } = [new(EducationalArea.Other, 1m)];
}
