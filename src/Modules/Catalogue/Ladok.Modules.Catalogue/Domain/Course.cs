using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;

namespace Ladok.Modules.Catalogue.Domain;

/// <summary>Kurs: a course such as 5DV001, given by a department, with versions over time.</summary>
public sealed class Course
{
    private Course()
    {
    }

    private Course(
        string code, string nameSv, string nameEn, Guid departmentId, EducationLevel level, FinancingForm financingForm,
        IReadOnlyList<EducationalAreaShare> educationalAreas, string? subjectGroup)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        NameSv = nameSv;
        NameEn = nameEn;
        DepartmentId = departmentId;
        Level = level;
        FinancingForm = financingForm;
        EducationalAreas = [.. educationalAreas];
        SubjectGroup = subjectGroup;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string NameSv { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public Guid DepartmentId { get; private set; }

    public EducationLevel Level { get; private set; }

    /// <summary>Ordinary, or contract education (uppdragsutbildning): the latter is never in the funded HST and HPR.</summary>
    public FinancingForm FinancingForm { get; private set; }

    /// <summary>Utbildningsområden with the course's shares, summing to 1.</summary>
    public List<EducationalAreaShare> EducationalAreas { get; private set; } = [];

    /// <summary>SCB's ämnesgrupp, such as DA1 (datateknik), for the individual records to SCB; null until classified.</summary>
    public string? SubjectGroup { get; private set; }

    public List<CourseVersion> Versions { get; private set; } = [];

    /// <summary>Concurrency token (PostgreSQL xmin): a write with a stale value is refused.</summary>
    public uint RowVersion { get; private set; }

    public static Outcome<Course> Create(
        string code, string nameSv, string nameEn, Guid departmentId, EducationLevel level, FinancingForm financingForm,
        IReadOnlyList<EducationalAreaShare> educationalAreas, string? subjectGroup = null)
    {
        var errors = new[]
        {
            CatalogueRules.CourseCode(code, Field.Of(nameof(code))),
            CatalogueRules.Name(nameSv, Field.Of(nameof(nameSv))),
            CatalogueRules.Name(nameEn, Field.Of(nameof(nameEn))),
            subjectGroup is null ? null : CatalogueRules.SubjectGroup(subjectGroup, Field.Of(nameof(subjectGroup))),
        }.OfType<DomainError>().Concat(CatalogueRules.EducationalAreas(educationalAreas, Field.Of(nameof(educationalAreas)))).ToList();
        return errors.Count > 0
            ? Outcome<Course>.Failure(errors)
            : Outcome<Course>.Success(new Course(code, nameSv, nameEn, departmentId, level, financingForm, educationalAreas, subjectGroup));
    }

    /// <summary>
    /// Changes who pays for the course and its educational areas (shares summing to 1). They are the course's, not a version's:
    /// the funded figures of every period follow the change.
    /// </summary>
    public IReadOnlyList<DomainError> ChangeFunding(FinancingForm financingForm, IReadOnlyList<EducationalAreaShare> educationalAreas)
    {
        var errors = CatalogueRules.EducationalAreas(educationalAreas, Field.Of(nameof(educationalAreas))).ToList();
        if (errors.Count > 0) return errors;

        FinancingForm = financingForm;
        EducationalAreas = [.. educationalAreas];
        return [];
    }

    /// <summary>Classifies the course in SCB's subject groups (ämnesgrupper); null takes the classification away.</summary>
    public DomainError? ChangeSubjectGroup(string? subjectGroup)
    {
        if (subjectGroup is not null && CatalogueRules.SubjectGroup(subjectGroup, Field.Of(nameof(subjectGroup))) is { } error) return error;
        SubjectGroup = subjectGroup;
        return null;
    }

    /// <summary>
    /// Adds the next version. Its modules' credits must sum to the version's credits, and it
    /// cannot start before the latest existing version.
    /// </summary>
    public Outcome<CourseVersion> AddVersion(decimal credits, GradingScale scale, Term validFrom, bool requiresProjectTitle, IReadOnlyList<ModuleSpec> modules)
    {
        var errors = new List<DomainError>();
        if (CatalogueRules.Credits(credits, Field.Of(nameof(credits))) is { } creditsError) errors.Add(creditsError);

        for (var i = 0; i < modules.Count; i++)
        {
            var module = Field.Of(nameof(modules)).At(i);
            errors.AddRange(new[]
            {
                CatalogueRules.ModuleCode(modules[i].Code, module.Then(nameof(ModuleSpec.Code))),
                CatalogueRules.Name(modules[i].NameSv, module.Then(nameof(ModuleSpec.NameSv))),
                CatalogueRules.Name(modules[i].NameEn, module.Then(nameof(ModuleSpec.NameEn))),
                CatalogueRules.Credits(modules[i].Credits, module.Then(nameof(ModuleSpec.Credits))),
            }.OfType<DomainError>());
        }

        if (modules.GroupBy(m => m.Code).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            errors.Add(DomainError.Of(CatalogueReasons.ModuleCodeTwice, nameof(modules), duplicate.Key));
        }

        var moduleSum = modules.Sum(m => m.Credits);
        if (modules.Count > 0 && moduleSum != credits)
        {
            errors.Add(DomainError.Of(CatalogueReasons.ModuleCreditsSum, nameof(modules), moduleSum, credits));
        }

        var latest = Versions.MaxBy(v => v.Number);
        if (latest is not null && validFrom < latest.ValidFrom)
        {
            errors.Add(DomainError.Of(CatalogueReasons.VersionBeforeLatest, nameof(validFrom), validFrom, latest.Number, latest.ValidFrom));
        }

        if (errors.Count > 0) return Outcome<CourseVersion>.Failure(errors);

        var version = new CourseVersion(Id, (latest?.Number ?? 0) + 1, credits, scale.Id, validFrom, requiresProjectTitle,
            modules.Select(m => new CourseModule(m.Code, m.NameSv, m.NameEn, m.Credits, m.GradingScale.Id)));
        Versions.Add(version);
        return Outcome<CourseVersion>.Success(version);
    }
}

/// <summary>A module as given to <see cref="Course.AddVersion"/>.</summary>
public sealed record ModuleSpec(string Code, string NameSv, string NameEn, decimal Credits, GradingScale GradingScale);
