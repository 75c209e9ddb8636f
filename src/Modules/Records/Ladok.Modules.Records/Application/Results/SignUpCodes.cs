using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>
/// The anonymous codes of one exam sitting and the students they stand for, for reporting its results by code: a code resolves only
/// within its own sitting, so a code of another sitting is as unknown as one never drawn.
/// </summary>
public sealed class SignUpCodes
{
    /// <summary>No sitting: a batch that names its students by id or number.</summary>
    public static readonly SignUpCodes None = new(null, new Dictionary<string, Guid>());

    private readonly ExamSitting? sitting;
    private readonly IReadOnlyDictionary<string, Guid> students;

    private SignUpCodes(ExamSitting? sitting, IReadOnlyDictionary<string, Guid> students)
    {
        this.sitting = sitting;
        this.students = students;
    }

    /// <summary>
    /// The codes of <paramref name="sittingId"/>, which must examine what the batch reports (<paramref name="version"/> and
    /// <paramref name="module"/>, null for the course grade); <see cref="None"/> without a sitting.
    /// </summary>
    public static async Task<Outcome<SignUpCodes>> ForAsync(
        RecordsDbContext db, Guid? sittingId, CourseVersionInfo version, CourseModuleInfo? module, CancellationToken cancellationToken)
    {
        if (sittingId is not { } id) return Outcome<SignUpCodes>.Success(None);
        var sitting = await db.ExamSittings.AsNoTracking().Include(s => s.SignUps).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (sitting is null) return DomainError.Of(ExamSittingReasons.ExamSittingNotFound, ExamSitting.Itself);
        if (sitting.CourseVersionId != version.Id || sitting.ModuleId != module?.Id)
        {
            var examined = sitting.ModuleCode is { } code ? new Wording($"modul {code}", $"module {code}") : new Wording("(hela kursen)", "(the whole course)");
            return DomainError.Of(ExamSittingReasons.ExamSittingOfOtherExam, ExamSitting.Itself, sitting.CourseCode, examined);
        }
        return Outcome<SignUpCodes>.Success(new SignUpCodes(sitting, sitting.SignUps.ToDictionary(s => s.AnonymousCode, s => s.StudentId)));
    }

    /// <summary>The student whose sign-up has the code, written in any case; null when none at this sitting has it.</summary>
    public Guid? StudentOf(string code) => students.TryGetValue(AnonymousCode.Normalise(code), out var student) ? student : null;

    /// <summary>Why a row's code names nobody: no sitting was given, or no sign-up at it has the code.</summary>
    public DomainError Refusal(string code, Field field) => sitting is null
        ? DomainError.Of(ExamSittingReasons.CodeWithoutSitting, field)
        : DomainError.Of(ExamSittingReasons.AnonymousCodeNotFound, field, AnonymousCode.Normalise(code));
}
