using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// What a result is reported on, with the Catalogue's facts the rules need: the course version
/// (its scale, credits and whether it needs a project title), the module or, for the course
/// grade, the module results in force, and the offering's start date.
/// </summary>
public sealed record ResultTarget(
    Guid StudentId,
    Guid? RegistrationId,
    Guid? OfferingId,
    DateOnly? OfferingStart,
    Guid DepartmentId,
    CourseVersionInfo CourseVersion,
    CourseModuleInfo? Module,
    IReadOnlyList<Result> ModuleResultsInForce)
{
    public GradingScaleInfo Scale => Module?.GradingScale ?? CourseVersion.GradingScale;

    public decimal Credits => Module?.Credits ?? CourseVersion.Credits;

    /// <summary>What the result is on, as a study administrator says it: "5DV001 module 0001".</summary>
    public string Describe() => Graded().English;

    /// <summary>What the result grades, as a refusal names it: the course grade or a module of the course.</summary>
    public Wording Graded() => Module is null
        ? new($"{CourseVersion.CourseCode} (kursbetyg)", $"{CourseVersion.CourseCode} (course grade)")
        : new($"{CourseVersion.CourseCode} modul {Module.Code}", $"{CourseVersion.CourseCode} module {Module.Code}");

    /// <summary>
    /// The entry with the grade's code as the scale writes it and the date settled, or every rule
    /// it breaks. A course grade over modules needs every module passed, is never a failing grade and is dated by the last
    /// module; on a version without modules the course's result is the examination itself and may fail.
    /// </summary>
    public Outcome<GradeEntry> Check(GradeEntry entry, TimeProvider clock, Field at)
    {
        var errors = new List<DomainError>();
        var grade = Scale.Grades.FirstOrDefault(g => string.Equals(g.Code, entry.Grade.Trim(), StringComparison.OrdinalIgnoreCase));
        if (grade is null)
        {
            errors.Add(DomainError.Of(
                RecordsReasons.GradeNotOnScale, at.Then(nameof(GradeEntry.Grade)), entry.Grade, Scale.Code, Graded(),
                    string.Join(", ", Scale.Grades.Select(g => g.Code))));
        }

        var date = entry.ExaminationDate;
        if (Module is null && CourseVersion.Modules.Count > 0)
        {
            var passed = CourseVersion.Modules
                .Select(m => ModuleResultsInForce.Where(r => r.ModuleId == m.Id && r.IsPassing).MaxBy(r => r.ExaminationDate))
                .ToList();
            var missing = CourseVersion.Modules.Where((_, i) => passed[i] is null).Select(m => m.Code).ToList();
            if (grade is { IsPassing: false })
            {
                errors.Add(DomainError.Of(RecordsReasons.CourseGradeFailing, at.Then(nameof(GradeEntry.Grade)), grade.Code));
            }
            else if (missing.Count > 0)
            {
                errors.Add(DomainError.Of(
                    RecordsReasons.ModulesMissing, at.Then(nameof(GradeEntry.Grade)), CourseVersion.CourseCode, string.Join(", ", missing)));
            }
            else
            {
                var lastModule = passed.Max(r => r!.ExaminationDate);
                if (date is { } given && given != lastModule)
                {
                    errors.Add(DomainError.Of(RecordsReasons.CourseGradeDate, at.Then(nameof(GradeEntry.ExaminationDate)), lastModule));
                }
                date = lastModule;
            }
        }

        var today = RecordsRules.Today(clock);
        if (date is not { } examined)
        {
            if (Module is not null || CourseVersion.Modules.Count == 0) errors.Add(
                DomainError.Of(RecordsReasons.ExaminationDateMissing, at.Then(nameof(GradeEntry.ExaminationDate))));
        }
        else if (examined > today)
        {
            errors.Add(
                DomainError.Of(RecordsReasons.ExaminationDateInFuture, at.Then(nameof(GradeEntry.ExaminationDate)), examined));
        }
        else if (OfferingStart is { } start && examined < start)
        {
            errors.Add(
                DomainError.Of(RecordsReasons.ExaminationBeforeOffering, at.Then(nameof(GradeEntry.ExaminationDate)), examined, start));
        }

        var title = string.IsNullOrWhiteSpace(entry.ProjectTitle) ? null : entry.ProjectTitle.Trim();
        if (title is null && CourseVersion.RequiresProjectTitle)
        {
            errors.Add(
                DomainError.Of(RecordsReasons.ProjectTitleMissing, at.Then(nameof(GradeEntry.ProjectTitle)), CourseVersion.CourseCode));
        }
        else if (title is { Length: > Result.MaxProjectTitleLength })
        {
            errors.Add(
                DomainError.Of(KernelReasons.TooLong, at.Then(nameof(GradeEntry.ProjectTitle)), RecordsReasons.ProjectTitle, Result.MaxProjectTitleLength));
        }

        return errors.Count > 0 ? Outcome<GradeEntry>.Failure(errors) : Outcome<GradeEntry>.Success(new GradeEntry(grade!.Code, date, title));
    }
}
