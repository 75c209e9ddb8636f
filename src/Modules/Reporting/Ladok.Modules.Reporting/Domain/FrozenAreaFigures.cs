namespace Ladok.Modules.Reporting.Domain;

/// <summary>A closed year's <see cref="FrozenFigures"/> in one educational area (utbildningsområde), split by the course's share as at the close.</summary>
public sealed class FrozenAreaFigures
{
    public int Year { get; set; }

    public Guid DepartmentId { get; set; }

    public string CourseCode { get; set; } = "";

    public string Area { get; set; } = "";

    public decimal Hst { get; set; }

    public decimal Hpr { get; set; }
}
