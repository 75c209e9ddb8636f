namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// A registration as HST needs it: its credits spread over the offering's dates. Written only by
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

    /// <summary>The offering's start term, such as HT2025: the term SCB counts the registration in.</summary>
    public string Term { get; set; } = "";

    /// <summary>FirstTime (FFG), Continuation (FO) or Repeat (OM, which gives no HST).</summary>
    public string Kind { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>The course version's credits (hp).</summary>
    public decimal Credits { get; set; }

    /// <summary>Tidigt avbrott: counts as never started, so no HST.</summary>
    public bool EarlyDropout { get; set; }

    /// <summary>Återbud before the start: the registration never counted.</summary>
    public bool Withdrawn { get; set; }
}
