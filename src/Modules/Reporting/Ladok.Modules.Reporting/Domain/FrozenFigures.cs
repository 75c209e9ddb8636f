namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// A closed year's funded HST and HPR of one course at one department, as they stood at the close, unrounded, so every grouping
/// <c>fullTimeEquivalents</c> offers (unit, course, area) adds up from them as it did from the read model.
/// </summary>
public sealed class FrozenFigures
{
    public int Year { get; set; }

    public Guid DepartmentId { get; set; }

    public string CourseCode { get; set; } = "";

    public decimal Hst { get; set; }

    public decimal Hpr { get; set; }
}
