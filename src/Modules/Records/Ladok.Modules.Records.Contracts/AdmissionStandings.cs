namespace Ladok.Modules.Records.Contracts;

/// <summary>
/// Antagning as self-registration asks about it: whether a student is admitted to an offering. Records asks and the module
/// that keeps admissions answers (Admissions registers the implementation), so Records needs no reference to it.
/// </summary>
public interface IAdmissionStandings
{
    /// <summary>How the student stands on the offering's admission; <see cref="AdmissionStanding.None"/> without one.</summary>
    Task<AdmissionStanding> StandingAsync(Guid studentId, Guid offeringId, CancellationToken cancellationToken);
}

/// <summary>A student's admission to an offering, as far as registering goes.</summary>
public enum AdmissionStanding
{
    /// <summary>No admission to the offering (or an admission declined).</summary>
    None,

    /// <summary>Antagen: may register.</summary>
    Admitted,

    /// <summary>Villkorligt antagen: may register once a study administrator has confirmed the condition and recorded the student admitted.</summary>
    ConditionallyAdmitted,

    /// <summary>Reserv: on the reserve list, with no place yet.</summary>
    Reserve,
}
