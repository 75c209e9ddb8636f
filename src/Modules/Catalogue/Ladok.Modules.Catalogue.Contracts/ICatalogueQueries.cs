using Ladok.Kernel.Periods;

namespace Ladok.Modules.Catalogue.Contracts;

/// <summary>What other modules may ask the Catalogue. They never read its tables.</summary>
public interface ICatalogueQueries
{
    Task<OfferingInfo?> GetOfferingAsync(Guid offeringId, CancellationToken cancellationToken);

    /// <summary>Many offerings by id; ids the Catalogue lacks are left out. The Catalogue answers in one query; this default asks one by one.</summary>
    async Task<IReadOnlyDictionary<Guid, OfferingInfo>> GetOfferingsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, OfferingInfo>();
        foreach (var id in offeringIds)
        {
            if (await GetOfferingAsync(id, cancellationToken) is { } offering) found[id] = offering;
        }
        return found;
    }

    /// <summary>Every offering of the course, of all its versions, by start date; empty for an unknown course.</summary>
    Task<IReadOnlyList<OfferingInfo>> GetOfferingsAsync(string courseCode, CancellationToken cancellationToken);

    Task<CourseVersionInfo?> GetCourseVersionAsync(Guid courseVersionId, CancellationToken cancellationToken);

    Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(string code, CancellationToken cancellationToken);

    Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(Guid id, CancellationToken cancellationToken);

    Task<CourseInfo?> GetCourseAsync(string code, CancellationToken cancellationToken);

    /// <summary>Many courses by id in one query; ids the Catalogue lacks are left out.</summary>
    Task<IReadOnlyDictionary<Guid, CourseInfo>> GetCoursesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<ProgrammeInfo?> GetProgrammeAsync(Guid programmeId, CancellationToken cancellationToken);

    /// <summary>The programme with this code (such as <c>TKDAT</c>); null when there is none.</summary>
    Task<ProgrammeInfo?> GetProgrammeAsync(string code, CancellationToken cancellationToken);
}

/// <summary>Program: a programme, the department that gives it and the courses it packages.</summary>
public sealed record ProgrammeInfo(Guid Id, string Code, string NameEn, decimal Credits, Guid DepartmentId, IReadOnlyList<Guid> CourseIds);

/// <summary>Kurs: a course and the department that gives it.</summary>
public sealed record CourseInfo(Guid Id, string Code, string NameSv, string NameEn, Guid DepartmentId)
{
    /// <summary>Utbildningsnivå: FirstCycle (grundnivå), SecondCycle (avancerad nivå) or Doctoral (forskarnivå).</summary>
    public string Level { get; init; } = "";

    /// <summary>Finansieringsform: Ordinary (funded by the state's grant) or ContractEducation (uppdragsutbildning, paid by a client).</summary>
    public string FinancingForm { get; init; } = "Ordinary";

    /// <summary>Utbildningsområden (UKÄ's classification for funding) with the course's share in each; the shares sum to 1.</summary>
    public IReadOnlyList<EducationalAreaInfo> EducationalAreas { get; init; } = [];

    /// <summary>SCB's subject group (ämnesgrupp), such as DA1; null until the course is classified.</summary>
    public string? SubjectGroup { get; init; }
}

/// <summary>A course's share in an educational area (utbildningsområde), such as ("NaturalSciences", 0.5).</summary>
public sealed record EducationalAreaInfo(string Area, decimal Share);

public enum OfferingState
{
    Planned,
    Started,
    Complete,
    Cancelled,
}

/// <summary>Kurstillfälle: a run of a course version, as other modules see it.</summary>
public sealed record OfferingInfo(
    Guid Id, Guid CourseVersionId, Guid CourseId, string CourseCode, string OfferingCode, Term Term,
    DateOnly StartDate, DateOnly EndDate, int PacePercent, Guid DepartmentId, OfferingState State)
{
    /// <summary>Studieform: Campus (normal) or Distance (distans).</summary>
    public string StudyForm { get; init; } = "Campus";

    /// <summary>Studieort, such as Umeå; empty when not given.</summary>
    public string Place { get; init; } = "";

    /// <summary>The first day students may register themselves (registreringsperiod); null when no window is set.</summary>
    public DateOnly? RegistrationOpens { get; init; }

    /// <summary>The last day students may register themselves; null when no window is set.</summary>
    public DateOnly? RegistrationCloses { get; init; }
}

/// <summary>Utbildningsinstans: a course version with its scale and modules.</summary>
public sealed record CourseVersionInfo(
    Guid Id, Guid CourseId, string CourseCode, int Number, decimal Credits, GradingScaleInfo GradingScale,
    bool RequiresProjectTitle, IReadOnlyList<CourseModuleInfo> Modules);

public sealed record CourseModuleInfo(Guid Id, string Code, decimal Credits, GradingScaleInfo GradingScale);

public sealed record GradingScaleInfo(Guid Id, string Code, IReadOnlyList<GradeInfo> Grades);

public sealed record GradeInfo(Guid Id, string Code, bool IsPassing);

/// <summary>An organisation unit and the chain of units above it, nearest first (for inherited permissions).</summary>
public sealed record OrganisationUnitInfo(Guid Id, string Code, string NameEn, IReadOnlyList<Guid> Ancestors);
