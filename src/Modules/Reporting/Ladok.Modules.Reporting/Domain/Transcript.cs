using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;

namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// Resultatintyg: what an issued transcript says, frozen at issue. Its canonical JSON is stored
/// and hashed (<see cref="TranscriptDocument"/>); the PDF is drawn from it.
/// </summary>
/// <param name="University">The university's Swedish name, from its plugin.</param>
/// <param name="UniversityCode">The university's code, such as UMU.</param>
/// <param name="IssuedOn">The day of issue, in the university's time zone.</param>
/// <param name="Student">Who the transcript is for.</param>
/// <param name="Courses">The courses with results in force, by course code.</param>
/// <param name="TotalCredits">Every course's attained credits added up.</param>
public sealed record Transcript(
    string University, string UniversityCode, DateOnly IssuedOn, TranscriptStudent Student, IReadOnlyList<TranscriptCourse> Courses, decimal TotalCredits)
{
    /// <summary>
    /// Groups the results in force by course. A course's attained credits are its passing course
    /// grade's credits when it has one, otherwise its passing modules' credits (each module once),
    /// so a module and the course grade built on it are not counted twice.
    /// </summary>
    public static Transcript From(
        TranscriptSource source, IReadOnlyDictionary<Guid, CourseInfo> names, string university, string universityCode, DateOnly issuedOn,
        TimeZoneInfo timeZone)
    {
        var courses = source.Results
            .GroupBy(r => (r.CourseId, r.CourseCode))
            .OrderBy(g => g.Key.CourseCode, StringComparer.Ordinal)
            .Select(g =>
            {
                var rows = g.OrderBy(r => r.ModuleCode is null ? 1 : 0).ThenBy(r => r.ModuleCode, StringComparer.Ordinal).ThenBy(r => r.ExaminationDate)
                    .Select(r => new TranscriptEntry(r.ModuleCode, r.Grade, r.IsPassing ? r.Credits : 0m, r.ExaminationDate,
                        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.DecidedAt, timeZone).DateTime), r.TransferredFrom))
                    .ToList();
                var courseGrade = g.Where(r => r.ModuleCode is null && r.IsPassing).Select(r => r.Credits).DefaultIfEmpty(0m).Max();
                var modules = g.Where(r => r.ModuleCode is not null && r.IsPassing).GroupBy(r => r.ModuleCode).Sum(m => m.Max(r => r.Credits));
                names.TryGetValue(g.Key.CourseId, out var course);
                return new TranscriptCourse(g.Key.CourseCode, course?.NameSv ?? g.Key.CourseCode, course?.NameEn ?? g.Key.CourseCode,
                    courseGrade > 0 ? courseGrade : modules, rows);
            })
            .ToList();
        var student = new TranscriptStudent(source.Student.IdentityNumber, source.Student.FirstName, source.Student.LastName);
        return new Transcript(university, universityCode, issuedOn, student, courses, courses.Sum(c => c.AttainedCredits));
    }
}

/// <summary>The student as the transcript names them.</summary>
/// <param name="IdentityNumber">Twelve characters, YYYYMMDDNNNC.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
public sealed record TranscriptStudent(string IdentityNumber, string FirstName, string LastName)
{
    public string Name => $"{FirstName} {LastName}";
}

/// <summary>A course on the transcript with its results in force.</summary>
/// <param name="Code">The course code.</param>
/// <param name="NameSv">The Swedish name, from the Catalogue.</param>
/// <param name="NameEn">The English name, from the Catalogue.</param>
/// <param name="AttainedCredits">Credits (hp) attained on the course.</param>
/// <param name="Results">The course grade (last) and module results.</param>
public sealed record TranscriptCourse(string Code, string NameSv, string NameEn, decimal AttainedCredits, IReadOnlyList<TranscriptEntry> Results);

/// <summary>One result on the transcript.</summary>
/// <param name="ModuleCode">The module; null for the course grade.</param>
/// <param name="Grade">The grade's code, such as VG.</param>
/// <param name="Credits">Credits (hp) attained by it: zero for a failing grade.</param>
/// <param name="ExaminationDate">The day the student completed the work.</param>
/// <param name="DecidedOn">The day of the decision (attestation), in the university's time zone.</param>
/// <param name="TransferredFrom">For a credit transfer: where the credits were earned.</param>
public sealed record TranscriptEntry(string? ModuleCode, string Grade, decimal Credits, DateOnly ExaminationDate, DateOnly DecidedOn, string? TransferredFrom);
