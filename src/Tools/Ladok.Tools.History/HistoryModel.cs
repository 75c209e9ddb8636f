namespace Ladok.Tools.History;

/// <summary>
/// What to generate: a university of <paramref name="Students"/> students (enrolled in a year, once the
/// first cohorts have worked through), over <paramref name="Years"/> academic years that end with
/// LÅ<see cref="LastAcademicYear"/>/26, drawn from <paramref name="Seed"/>. Those who enter each year
/// are the size ÷ the mean years of study (<see cref="HistoryPlan.MeanYears"/>), so the history holds
/// several times as many students in all.
/// </summary>
public sealed record HistoryOptions(int Students, int Years, int Seed)
{
    /// <summary>
    /// The last academic year (its autumn term's year). Fixed, not read from the clock, so a seed
    /// always gives the same history; everything generated is dated before the summer of 2026.
    /// </summary>
    public const int LastAcademicYear = 2025;

    /// <summary>Courses in the generated catalogue.</summary>
    public int Courses { get; init; } = 400;

    /// <summary>Students written per COPY batch.</summary>
    public int StudentsPerBatch { get; init; } = 250;

    public int FirstAcademicYear => LastAcademicYear - Years + 1;
}

/// <summary>The rows written, by table.</summary>
public sealed record HistoryCounts(
    long OrganisationUnits, long Courses, long CourseVersions, long CourseModules, long Offerings,
    long Students, long Registrations, long Results, long StudyBreaks, long CreditTransfers, long FeePayingTerms)
{
    public override string ToString() =>
        $"{OrganisationUnits} organisation units, {Courses} courses, {CourseVersions} course versions, {CourseModules} modules, {Offerings} offerings, "
        + $"{Students} students, {Registrations} registrations, {Results} results, {StudyBreaks} study breaks, {CreditTransfers} credit transfers, "
        + $"{FeePayingTerms} fee-paying terms";
}

internal sealed record GradeSpec(string Code, bool IsPassing);

internal sealed record ScaleSpec(Guid Id, string Code, GradeSpec[] Passing, GradeSpec[] Failing);

internal sealed record UnitSpec(Guid Id, string Code, string Kind, string NameSv, string NameEn, Guid ParentId, int Faculty);

internal sealed class CourseSpec
{
    public required Guid Id { get; init; }
    public required int Index { get; init; }
    public required string Code { get; init; }
    public required UnitSpec Department { get; init; }
    public required string Level { get; init; }

    /// <summary>Ordinary, or ContractEducation (uppdragsutbildning).</summary>
    public required string FinancingForm { get; init; }

    /// <summary>Educational areas (utbildningsområden) and shares summing to 1.</summary>
    public required IReadOnlyList<(string Area, decimal Share)> Areas { get; init; }

    /// <summary>SCB's subject group (ämnesgrupp), such as DA1; null for a course not yet classified.</summary>
    public required string? SubjectGroup { get; init; }
    public required string NameSv { get; init; }
    public required string NameEn { get; init; }
    public required decimal Credits { get; init; }

    /// <summary>A 30 hp course read at half pace over an autumn and a spring term: one offering, FFG in HT, then FO in VT.</summary>
    public required bool MultiTerm { get; init; }

    /// <summary>Which term it is given in (both for some), as 0 autumn, 1 spring, 2 both.</summary>
    public required int Season { get; init; }

    /// <summary>Where in the term it runs: the first of four five-week study periods.</summary>
    public required int FirstPeriod { get; init; }

    public List<VersionSpec> Versions { get; } = [];
}

internal sealed class VersionSpec
{
    public required Guid Id { get; init; }
    public required CourseSpec Course { get; init; }
    public required int Number { get; init; }
    public required int FromYear { get; init; }
    public required ScaleSpec Scale { get; init; }
    public List<ModuleSpec> Modules { get; } = [];
}

internal sealed record ModuleSpec(Guid Id, string Code, string NameSv, string NameEn, decimal Credits, ScaleSpec Scale);

/// <summary>A course offering; <paramref name="SpringStart"/> is where the spring part of a two-term one begins.</summary>
internal sealed record OfferingSpec(
    Guid Id, CourseSpec Course, VersionSpec Version, string Code, string Term, int AcademicYear, bool Autumn,
    DateOnly Start, DateOnly End, int Pace, DateOnly? SpringStart);

internal sealed record StudentRow(Guid Id, string IdentityNumber, string FirstName, string LastName, string? Email, DateTimeOffset CreatedAt);

internal sealed record RegistrationRow(
    Guid Id, Guid StudentId, OfferingSpec Offering, string Term, string Kind, DateTimeOffset RegisteredAt,
    DateOnly? DroppedOutOn, bool IsEarlyDropout, DateTimeOffset? DropoutRecordedAt, DateOnly? WithdrawnOn);

internal sealed record ResultRow(
    Guid Id, Guid StudentId, RegistrationRow Registration, ModuleSpec? Module, ScaleSpec Scale, string Grade, bool IsPassing, decimal Credits,
    DateOnly ExaminationDate, DateTimeOffset ReportedAt, DateTimeOffset DecidedAt, DateTimeOffset? RemovalRequestedAt, DateTimeOffset? RemovedAt);

internal sealed record StudyBreakRow(Guid Id, Guid RegistrationId, DateOnly From, DateOnly To, DateTimeOffset RecordedAt);

/// <summary>A tillgodoräknande: credits earned elsewhere, on no registration, attested on the day it was decided.</summary>
internal sealed record CreditTransferRow(
    Guid Id, Guid StudentId, VersionSpec Version, ModuleSpec? Module, ScaleSpec Scale, string Grade, decimal Credits, DateOnly ExaminationDate,
    DateTimeOffset DecidedAt);

/// <summary>A term in which the student pays fees (betalande student).</summary>
internal sealed record FeePayingTermRow(Guid Id, Guid StudentId, string Term, DateTimeOffset RecordedAt);

/// <summary>One batch of students with everything they did, written together.</summary>
internal sealed class StudentBatch
{
    public List<StudentRow> Students { get; } = [];
    public List<RegistrationRow> Registrations { get; } = [];
    public List<ResultRow> Results { get; } = [];
    public List<StudyBreakRow> StudyBreaks { get; } = [];
    public List<CreditTransferRow> CreditTransfers { get; } = [];
    public List<FeePayingTermRow> FeePayingTerms { get; } = [];
}
