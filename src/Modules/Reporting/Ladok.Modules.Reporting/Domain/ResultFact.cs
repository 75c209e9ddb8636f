namespace Ladok.Modules.Reporting.Domain;

/// <summary>An attested result as HPR needs it: credits attained on the day of the examination (ADR 0019).</summary>
public sealed class ResultFact
{
    public Guid ResultId { get; set; }

    public Guid StudentId { get; set; }

    public Guid CourseId { get; set; }

    public string CourseCode { get; set; } = "";

    public Guid DepartmentId { get; set; }

    /// <summary>Null for a course grade.</summary>
    public string? ModuleCode { get; set; }

    public string Grade { get; set; } = "";

    public decimal Credits { get; set; }

    public bool IsPassing { get; set; }

    /// <summary>The registration the result is on, whose term decides whether a fee-paying student's credits are funded; null for a credit transfer.</summary>
    public Guid? RegistrationId { get; set; }

    /// <summary>Utbildningsnivå from the Catalogue, as on <see cref="RegistrationFact.Level"/>.</summary>
    public string Level { get; set; } = "";

    /// <summary>Finansieringsform from the Catalogue, as on <see cref="RegistrationFact.FinancingForm"/>.</summary>
    public string FinancingForm { get; set; } = "";

    /// <summary>
    /// Module results count; a course grade counts only for a course version without modules,
    /// since its modules' results already hold its credits. A credit transfer never counts: its credits were not earned
    /// through examination here (UKÄ).
    /// </summary>
    public bool CountsForHpr { get; set; }

    /// <summary>
    /// Examinationsdatum: the day the student completed the work, the date of the achievement, which places the result's
    /// credits in a year's HPR (ADR 0019).
    /// </summary>
    public DateOnly ExaminedOn { get; set; }

    /// <summary>The decision date, in the university's time zone; CSN's list goes by it.</summary>
    public DateOnly DecidedOn { get; set; }

    /// <summary>The instant of the decision, which tells whether a closed year's frozen figures had the result.</summary>
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>Set when an examiner attested the result's removal: it no longer counts.</summary>
    public DateOnly? RemovedOn { get; set; }

    /// <summary>The instant of the removal, which tells whether a closed year's frozen figures still had the result.</summary>
    public DateTimeOffset? RemovedAt { get; set; }
}
