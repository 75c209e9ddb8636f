using System.Globalization;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Modules;
using Ladok.Kernel.Periods;
using Ladok.Modules.Admissions.Data;
using Ladok.Modules.Admissions.Domain;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Admissions.Application;

/// <summary>A line of an admission file that cannot be imported, and why (in English, for the operator).</summary>
public sealed record ImportLineError(int Line, string Message);

/// <summary>What an import did: how many admissions it stored, or, when any line is wrong, every wrong line and nothing stored.</summary>
public sealed record ImportReport(int Imported, IReadOnlyList<ImportLineError> Errors);

/// <summary>
/// Imports the national admission system's export (NyA, antagning.se; columns in docs/admissions.md): every line is checked
/// first (a valid personnummer of a student in Records, a known offering, a known status, no line twice), and when any is
/// wrong nothing is stored and each wrong line is reported by its number. Otherwise every admission is stored, or replaces the
/// one there, in one transaction. A person not yet in Records is refused: students are created in Records, by a study
/// administrator who checks their identity, not as a side effect of an import.
/// </summary>
public sealed class AdmissionImport(IDbContextFactory<AdmissionsDbContext> databases, IRecordsQueries records, ICatalogueQueries catalogue, TimeProvider clock)
{
    /// <summary>The header the file starts with, in this order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["personnummer", "kurskod", "termin", "tillfalleskod", "status", "reservplats"];

    private sealed record Line(int Number, string IdentityNumber, string CourseCode, string Term, string OfferingCode, string Status, string ReservePlace);

    private sealed record Checked(int Number, Guid StudentId, Guid OfferingId, AdmissionStatus Status, int? ReservePlace);

    public async Task<ImportReport> RunAsync(TextReader file, string by, IProgressSteps progress, CancellationToken cancellationToken)
    {
        var errors = new List<ImportLineError>();
        var lines = Read(file, errors);
        if (lines.Count == 0 && errors.Count > 0) return new ImportReport(0, errors);

        List<Checked> admissions;
        using (var step = progress.Start("Checking the lines", lines.Count))
        {
            admissions = await CheckAsync(lines, errors, step, cancellationToken);
        }
        if (errors.Count > 0) return new ImportReport(0, errors.OrderBy(e => e.Line).ToList());

        using (var step = progress.Start("Storing the admissions", admissions.Count))
        {
            await StoreAsync(admissions, by, step, cancellationToken);
        }
        return new ImportReport(admissions.Count, []);
    }

    private static List<Line> Read(TextReader file, List<ImportLineError> errors)
    {
        var lines = new List<Line>();
        var header = file.ReadLine();
        if (header is null)
        {
            errors.Add(new ImportLineError(1, $"The file is empty; it starts with the header {string.Join(';', Columns)}."));
            return lines;
        }
        var names = (ImportFile.Fields(header.TrimStart('\uFEFF')) ?? []).Select(h => h.ToLowerInvariant().Replace("ä", "a", StringComparison.Ordinal));
        if (!names.SequenceEqual(Columns))
        {
            errors.Add(new ImportLineError(1, $"The header is '{header}'; it must be {string.Join(';', Columns)}."));
            return lines;
        }

        var number = 1;
        while (file.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            var fields = ImportFile.Fields(text);
            if (fields is null)
            {
                errors.Add(new ImportLineError(number, "A quoted field is not closed on its line."));
                continue;
            }
            if (fields.Count != Columns.Count)
            {
                errors.Add(new ImportLineError(number, $"The line has {fields.Count} columns; a line has {Columns.Count} columns."));
                continue;
            }
            lines.Add(new Line(number, fields[0], fields[1].ToUpperInvariant(), fields[2], fields[3], fields[4], fields[5]));
        }
        return lines;
    }

    private async Task<List<Checked>> CheckAsync(List<Line> lines, List<ImportLineError> errors, IProgressStep step, CancellationToken cancellationToken)
    {
        var students = await records.FindStudentsAsync(lines.Select(l => l.IdentityNumber).ToList(), cancellationToken);
        var offeringsByCourse = new Dictionary<string, IReadOnlyList<OfferingInfo>>(StringComparer.Ordinal);
        foreach (var code in lines.Select(l => l.CourseCode).Distinct())
        {
            offeringsByCourse[code] = await catalogue.GetOfferingsAsync(code, cancellationToken);
        }

        var seen = new Dictionary<(Guid Student, Guid Offering), int>();
        var admissions = new List<Checked>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var wrong = Check(line, students[i], offeringsByCourse[line.CourseCode], out var admission);
            if (wrong is null && seen.TryGetValue((admission!.StudentId, admission.OfferingId), out var first))
            {
                wrong = $"The student's admission to this offering is on line {first} already.";
            }

            if (wrong is not null) errors.Add(new ImportLineError(line.Number, wrong));
            else
            {
                seen[(admission!.StudentId, admission.OfferingId)] = line.Number;
                admissions.Add(admission);
            }
            step.Report(i + 1);
        }
        return admissions;
    }

    /// <summary>Why the line cannot be imported, or null with the admission it makes.</summary>
    private string? Check(Line line, IdentityNumberLookup student, IReadOnlyList<OfferingInfo> courseOfferings, out Checked? admission)
    {
        admission = null;
        if (student.Problem is { } problem) return $"The personnummer '{line.IdentityNumber}' is not valid: {problem}";
        if (student.Student is null)
        {
            return $"Nobody with the personnummer '{line.IdentityNumber}' is a student in Ladok; create the student first, then import again.";
        }

        if (!Term.TryParse(line.Term, out var term, out _)) return $"'{line.Term}' is not a term such as HT2025 or VT2026.";
        var offering = courseOfferings.SingleOrDefault(o => o.Term == term && string.Equals(o.OfferingCode, line.OfferingCode, StringComparison.Ordinal));
        if (offering is null) return $"There is no offering {line.CourseCode} {term} with the code '{line.OfferingCode}'.";
        if (offering.State == OfferingState.Cancelled) return $"The offering {line.CourseCode} {term} ({line.OfferingCode}) is cancelled.";

        if (StatusOf(line.Status) is not { } status)
        {
            return $"'{line.Status}' is not a status: use ANTAGEN, VILLKORLIGT ANTAGEN or RESERV.";
        }
        int? place = null;
        if (!string.IsNullOrWhiteSpace(line.ReservePlace))
        {
            if (!int.TryParse(line.ReservePlace, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return $"'{line.ReservePlace}' is not a place on the reserve list (a whole number from 1).";
            }
            place = number;
        }

        var decided = Admission.Record(student.Student.Id, offering.Id, status, place, AdmissionSource.NationalImport, "import", clock);
        if (!decided.Succeeded) return string.Join(" ", decided.Errors.Select(e => ErrorTexts.Text(e.Reason, e.Arguments, ErrorTexts.English)));

        admission = new Checked(line.Number, student.Student.Id, offering.Id, status, place);
        return null;
    }

    private static AdmissionStatus? StatusOf(string text) =>
        text.Trim().ToUpperInvariant().Replace('_', ' ') switch
        {
            "ANTAGEN" or "ADMITTED" => AdmissionStatus.Admitted,
            "VILLKORLIGT ANTAGEN" or "CONDITIONALLY ADMITTED" => AdmissionStatus.ConditionallyAdmitted,
            "RESERV" or "RESERVE" => AdmissionStatus.Reserve,
            _ => null,
        };

    private async Task StoreAsync(List<Checked> admissions, string by, IProgressStep step, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ActAs(by, clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var studentIds = admissions.Select(a => a.StudentId).Distinct().ToList();
        var existing = (await db.Admissions.Where(a => studentIds.Contains(a.StudentId)).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.StudentId, a.OfferingId));
        var done = 0;
        foreach (var admission in admissions)
        {
            if (existing.TryGetValue((admission.StudentId, admission.OfferingId), out var stored))
            {
                stored.Decide(admission.Status, admission.ReservePlace, AdmissionSource.NationalImport, by, clock);
            }
            else
            {
                db.Admissions.Add(Admission.Record(admission.StudentId, admission.OfferingId, admission.Status, admission.ReservePlace,
                    AdmissionSource.NationalImport, by, clock).Value!);
            }
            step.Report(++done);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
