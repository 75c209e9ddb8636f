namespace Ladok.Modules.Admissions.Domain;

/// <summary>How a student is admitted to an offering (HF 7 kap.: the university decides admission, after selection among the eligible).</summary>
public enum AdmissionStatus
{
    /// <summary>Antagen: may register.</summary>
    Admitted,

    /// <summary>Villkorligt antagen: admitted on the condition that eligibility is shown before the studies start; registers once confirmed.</summary>
    ConditionallyAdmitted,

    /// <summary>Reserv: on the reserve list at a place, admitted if places free up in that order.</summary>
    Reserve,
}

/// <summary>Where an admission came from.</summary>
public enum AdmissionSource
{
    /// <summary>Recorded by a study administrator (lokal antagning).</summary>
    Local,

    /// <summary>Imported from the national admission system's export (NyA, antagning.se).</summary>
    NationalImport,
}
