using Ladok.Kernel.Errors;

namespace Ladok.Modules.Admissions.Domain;

/// <summary>
/// Antagning: the university's decision that a student may register on an offering (HF 7 kap.: admission to first- and
/// second-cycle courses is decided by the university, among the eligible applicants after selection), kept in the register
/// (SFS 1993:1153 2 kap.). One per student and offering: admitted, conditionally admitted, or a reserve at a place on the
/// list. Recorded by a study administrator or imported from the national admission system; a later decision replaces it.
/// </summary>
public sealed class Admission
{
    private Admission()
    {
    }

    private Admission(Guid studentId, Guid offeringId)
    {
        Id = Guid.CreateVersion7();
        StudentId = studentId;
        OfferingId = offeringId;
    }

    public Guid Id { get; private set; }

    /// <summary>The student, as Records knows them.</summary>
    public Guid StudentId { get; private set; }

    /// <summary>The offering, as the Catalogue knows it.</summary>
    public Guid OfferingId { get; private set; }

    public AdmissionStatus Status { get; private set; }

    /// <summary>The place on the reserve list (reservplats), 1 first; null unless a reserve.</summary>
    public int? ReservePlace { get; private set; }

    public AdmissionSource Source { get; private set; }

    /// <summary>Who recorded the latest decision: a study administrator's user id, or the import's operator.</summary>
    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint RowVersion { get; private set; }

    /// <summary>A new admission of the student to the offering.</summary>
    public static Outcome<Admission> Record(
        Guid studentId, Guid offeringId, AdmissionStatus status, int? reservePlace, AdmissionSource source, string recordedBy, TimeProvider clock)
    {
        var admission = new Admission(studentId, offeringId);
        var errors = admission.Decide(status, reservePlace, source, recordedBy, clock);
        return errors.Count > 0 ? Outcome<Admission>.Failure(errors) : Outcome<Admission>.Success(admission);
    }

    /// <summary>
    /// The decision as it now stands: a reserve given a place becomes admitted, a condition confirmed makes the admission
    /// plain. A reserve has a place (1 or higher); nobody else has one.
    /// </summary>
    public IReadOnlyList<DomainError> Decide(AdmissionStatus status, int? reservePlace, AdmissionSource source, string recordedBy, TimeProvider clock)
    {
        if (status == AdmissionStatus.Reserve && reservePlace is not > 0) return [DomainError.Of(AdmissionsReasons.ReservePlaceMissing, nameof(reservePlace))];
        if (status != AdmissionStatus.Reserve && reservePlace is { } place)
        {
            return [DomainError.Of(AdmissionsReasons.ReservePlaceNotReserve, nameof(reservePlace), place)];
        }

        Status = status;
        ReservePlace = reservePlace;
        Source = source;
        RecordedBy = recordedBy;
        RecordedAt = clock.GetUtcNow();
        return [];
    }
}
