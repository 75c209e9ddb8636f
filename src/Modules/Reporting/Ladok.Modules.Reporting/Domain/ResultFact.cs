namespace Ladok.Modules.Reporting.Domain;

/// <summary>An attested result as HPR needs it: credits attained on the day of the decision.</summary>
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

    /// <summary>
    /// Module results count; a course grade counts only for a course version without modules,
    /// since its modules' results already hold its credits.
    /// </summary>
    public bool CountsForHpr { get; set; }

    /// <summary>The decision date, in the university's time zone.</summary>
    public DateOnly DecidedOn { get; set; }

    /// <summary>Set when an examiner attested the result's removal: it no longer counts.</summary>
    public DateOnly? RemovedOn { get; set; }
}
