namespace Ladok.Modules.Catalogue.Domain;

/// <summary>
/// Studieform: how an offering is given, as SCB's individual records of students classify it (normal, distans): on campus
/// with teaching at the place of study, or at a distance, with teaching mostly over the internet.
/// </summary>
public enum StudyForm
{
    /// <summary>Normal: on campus.</summary>
    Campus,

    /// <summary>Distans: at a distance.</summary>
    Distance,
}
