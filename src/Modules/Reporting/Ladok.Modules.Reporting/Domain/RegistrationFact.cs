namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// A registration as HST needs it: the course version's credits spread over the offering's days, of
/// which it counts the days it covers (its own term's share when the offering runs over several terms), and
/// what decides whether it is funded (level, financing form; the student's fee-paying terms beside it), and the offering's pace, study form
/// and place SCB's individual records carry. Written only by
/// the Records module's events (and a rebuild), keyed by the registration's id so an event
/// delivered twice counts once.
/// </summary>
public sealed class RegistrationFact
{
    public Guid RegistrationId { get; set; }

    public Guid StudentId { get; set; }

    public Guid CourseId { get; set; }

    public string CourseCode { get; set; } = "";

    public Guid DepartmentId { get; set; }

    public Guid OfferingId { get; set; }

    /// <summary>
    /// The term registered for, such as HT2025 (the offering's start term, or a later one for an FO on it): the term SCB counts the registration in.
    /// </summary>
    public string Term { get; set; } = "";

    /// <summary>FirstTime (FFG), Continuation (FO) or Repeat (OM, which gives no HST).</summary>
    public string Kind { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>
    /// The first day of the offering this registration covers: its start, or for a registration in a
    /// later term of an offering over several terms, that term's first day (its term's share only).
    /// </summary>
    public DateOnly CoversFrom { get; set; }

    /// <summary>The last day it covers: the day before the next term's first day, or the offering's end in its last term.</summary>
    public DateOnly CoversTo { get; set; }

    /// <summary>The course version's credits (hp).</summary>
    public decimal Credits { get; set; }

    /// <summary>Utbildningsnivå from the Catalogue: FirstCycle, SecondCycle or Doctoral (third cycle, not in funded HST).</summary>
    public string Level { get; set; } = "";

    /// <summary>Finansieringsform from the Catalogue: Ordinary, or ContractEducation (uppdragsutbildning, not in funded HST).</summary>
    public string FinancingForm { get; set; } = "";

    /// <summary>The offering's pace (studietakt), in percent of full time.</summary>
    public int PacePercent { get; set; }

    /// <summary>The offering's studieform from the Catalogue: Campus (normal) or Distance (distans).</summary>
    public string StudyForm { get; set; } = "";

    /// <summary>The offering's studieort from the Catalogue; empty when not given.</summary>
    public string Place { get; set; } = "";

    /// <summary>Tidigt avbrott: counts as never started, so no HST.</summary>
    public bool EarlyDropout { get; set; }

    /// <summary>Återbud before the start: the registration never counted.</summary>
    public bool Withdrawn { get; set; }
}
