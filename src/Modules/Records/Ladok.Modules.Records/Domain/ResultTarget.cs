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
    public string Describe() => Module is null ? $"{CourseVersion.CourseCode} (course grade)" : $"{CourseVersion.CourseCode} module {Module.Code}";

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
            errors.Add(DomainError.Validation(
                $"'{entry.Grade}' is not a grade on the scale {Scale.Code} of {Describe()}; use one of {string.Join(", ", Scale.Grades.Select(g => g.Code))}.",
                at.Then(nameof(GradeEntry.Grade))));
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
                errors.Add(DomainError.Validation(
                    $"{grade.Code} is a failing grade, and a course grade is never a failing grade; a failing result belongs on the module examined.",
                    at.Then(nameof(GradeEntry.Grade))));
            }
            else if (missing.Count > 0)
            {
                errors.Add(DomainError.Validation(
                    $"The course grade of {CourseVersion.CourseCode} needs every module passed and attested; still missing: " +
                    $"{string.Join(", ", missing)}.", at.Then(nameof(GradeEntry.Grade))));
            }
            else
            {
                var lastModule = passed.Max(r => r!.ExaminationDate);
                if (date is { } given && given != lastModule)
                {
                    errors.Add(DomainError.Validation(
                        $"A course grade is dated by its last module, {lastModule:yyyy-MM-dd}; leave the date out or give that one.",
                        at.Then(nameof(GradeEntry.ExaminationDate))));
                }
                date = lastModule;
            }
        }

        var today = RecordsRules.Today(clock);
        if (date is not { } examined)
        {
            if (Module is not null || CourseVersion.Modules.Count == 0) errors.Add(
                DomainError.Validation("The examination date is needed: the day the student completed the work.", at.Then(nameof(GradeEntry.ExaminationDate))));
        }
        else if (examined > today)
        {
            errors.Add(
                DomainError.Validation(
                    $"The examination date {examined:yyyy-MM-dd} is in the future; give the day the student completed the work.",
                    at.Then(nameof(GradeEntry.ExaminationDate))));
        }
        else if (OfferingStart is { } start && examined < start)
        {
            errors.Add(
                DomainError.Validation(
                    $"The examination date {examined:yyyy-MM-dd} is before the offering started on {start:yyyy-MM-dd}.",
                    at.Then(nameof(GradeEntry.ExaminationDate))));
        }

        var title = string.IsNullOrWhiteSpace(entry.ProjectTitle) ? null : entry.ProjectTitle.Trim();
        if (title is null && CourseVersion.RequiresProjectTitle)
        {
            errors.Add(
                DomainError.Validation(
                    $"{CourseVersion.CourseCode} is a degree project: the project title is needed.", at.Then(nameof(GradeEntry.ProjectTitle))));
        }
        else if (title is { Length: > Result.MaxProjectTitleLength })
        {
            errors.Add(
                DomainError.Validation(
                    $"The project title has {title.Length} characters; at most {Result.MaxProjectTitleLength} are allowed.",
                    at.Then(nameof(GradeEntry.ProjectTitle))));
        }

        return errors.Count > 0 ? Outcome<GradeEntry>.Failure(errors) : Outcome<GradeEntry>.Success(new GradeEntry(grade!.Code, date, title));
    }
}
