namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// A course's share in an educational area (utbildningsområde) from the Catalogue: funded HST and HPR are
/// reported per area, each course's figures split by its shares. Rewritten whenever a fact on the course is.
/// </summary>
public sealed class CourseAreaFact
{
    public Guid CourseId { get; set; }

    /// <summary>The area's name, such as NaturalSciences.</summary>
    public string Area { get; set; } = "";

    /// <summary>The course's share in it, above 0 and at most 1; a course's shares sum to 1.</summary>
    public decimal Share { get; set; }
}
