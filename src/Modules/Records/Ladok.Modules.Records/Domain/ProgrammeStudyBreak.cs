using Ladok.Kernel.Periods;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Studieuppehåll: a study break the university decided on a programme registration (HF 7 kap. 33 §, UHRFS 2013:3),
/// from one day to another, with the term the student resumes and whether the place is guaranteed (med platsgaranti,
/// decided for special reasons). The student's course registrations in the break carry their part of it as a
/// <see cref="StudyBreak"/>, which puts them on break.
/// </summary>
public sealed class ProgrammeStudyBreak
{
    private ProgrammeStudyBreak()
    {
    }

    internal ProgrammeStudyBreak(
        ProgrammeRegistration registration, DateOnly from, DateOnly to, Term resumeTerm, bool guaranteedPlace, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        ProgrammeRegistrationId = registration.Id;
        StudentId = registration.StudentId;
        From = from;
        To = to;
        ResumeTerm = resumeTerm.ToString();
        GuaranteedPlace = guaranteedPlace;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid ProgrammeRegistrationId { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>The first day of the break.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The last day of the break, included.</summary>
    public DateOnly To { get; private set; }

    /// <summary>The term the student resumes the programme, such as HT2026: the first after the break or a later one.</summary>
    public string ResumeTerm { get; private set; } = "";

    /// <summary>Med platsgaranti: the university decided there are special reasons, so the place on the programme is kept.</summary>
    public bool GuaranteedPlace { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public DateSpan Span => new(From, To);
}
