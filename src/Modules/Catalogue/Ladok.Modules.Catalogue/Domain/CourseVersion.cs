using Ladok.Kernel.Periods;

namespace Ladok.Modules.Catalogue.Domain;

/// <summary>Utbildningsinstans (kursversion): a syllabus version with its credits, scale and modules.</summary>
public sealed class CourseVersion
{
    private CourseVersion()
    {
    }

    internal CourseVersion(
        Guid courseId, int number, decimal credits, Guid gradingScaleId, Term validFrom, bool requiresProjectTitle, IEnumerable<CourseModule> modules)
    {
        Id = Guid.CreateVersion7();
        CourseId = courseId;
        Number = number;
        Credits = credits;
        GradingScaleId = gradingScaleId;
        ValidFrom = validFrom;
        RequiresProjectTitle = requiresProjectTitle;
        Modules = modules.ToList();
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    /// <summary>1 for the first version of the course, then 2, 3…</summary>
    public int Number { get; private set; }

    public decimal Credits { get; private set; }

    public Guid GradingScaleId { get; private set; }

    public Term ValidFrom { get; private set; }

    /// <summary>Degree projects: results must carry a project title.</summary>
    public bool RequiresProjectTitle { get; private set; }

    public List<CourseModule> Modules { get; private set; } = [];
}

/// <summary>Modul: a graded part of a course version with its own credits and scale.</summary>
public sealed class CourseModule
{
    private CourseModule()
    {
    }

    internal CourseModule(string code, string nameSv, string nameEn, decimal credits, Guid gradingScaleId)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        NameSv = nameSv;
        NameEn = nameEn;
        Credits = credits;
        GradingScaleId = gradingScaleId;
    }

    public Guid Id { get; private set; }

    public Guid CourseVersionId { get; private set; }

    public string Code { get; private set; } = "";

    public string NameSv { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public decimal Credits { get; private set; }

    public Guid GradingScaleId { get; private set; }
}
