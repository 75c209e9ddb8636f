using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>One row's outcome in a bulk report, by its index in the input.</summary>
public sealed record ReportedRow(int Index, Guid? StudentId, ReportOutcome Outcome, Result? Result, IReadOnlyList<DomainError> Errors);

/// <summary>
/// Bulk reporting of one exam sitting: every row in one transaction, each with its own outcome.
/// Safe to send again: the same content finds its results already there (UNCHANGED); the same
/// idempotency key with other content is refused, so a key cannot silently mean two batches.
/// Rows may name students by the anonymous codes of an exam sitting (<see cref="SignUpCodes"/>).
/// </summary>
public sealed class ReportResultsHandler(IUnitOfWork<RecordsDbContext> unit, ResultTargets targets, CourseRights rights, TimeProvider clock)
    : ICommandHandler<ReportResultsCommand, IReadOnlyList<ReportedRow>>
{
    public const int MaxRows = 2000;

    private static readonly Field Rows = Field.Of(nameof(ReportResultsCommand.Rows));

    public async Task<Outcome<IReadOnlyList<ReportedRow>>> HandleAsync(ReportResultsCommand command, CancellationToken cancellationToken)
    {
        var key = command.IdempotencyKey.Trim();
        if (key.Length is 0 or > ResultBatch.MaxKeyLength) return DomainError.Of(
            RecordsReasons.IdempotencyKeyNeeded, nameof(command.IdempotencyKey), ResultBatch.MaxKeyLength);
        if (command.Rows.Count is 0 or > MaxRows) return DomainError.Of(RecordsReasons.BatchSize, Rows, MaxRows, command.Rows.Count);

        var offeringField = Field.Of(nameof(command.OfferingId));
        var found = await targets.OfferingAsync(command.OfferingId, offeringField, cancellationToken);
        if (!found.Succeeded) return Outcome<IReadOnlyList<ReportedRow>>.Failure(found.Errors);
        var (offering, version) = found.Value;
        if (await rights.RequireAsync(
            command.By, CourseRightKind.Report, offering.CourseId, offering.CourseCode, offeringField, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }
        var module = ResultTargets.Module(version, command.ModuleCode, Field.Of(nameof(command.ModuleCode)));
        if (!module.Succeeded) return Outcome<IReadOnlyList<ReportedRow>>.Failure(module.Errors);

        var db = unit.Db;
        var codes = await SignUpCodes.ForAsync(db, command.ExamSittingId, version, module.Value, cancellationToken);
        if (!codes.Succeeded) return Outcome<IReadOnlyList<ReportedRow>>.Failure(codes.Errors);
        var hash = ContentHash(command);
        var earlier = await db.ResultBatches.AsNoTracking().SingleOrDefaultAsync(b => b.IdempotencyKey == key, cancellationToken);
        if (earlier is not null && earlier.ContentHash != hash)
        {
            return DomainError.Of(RecordsReasons.IdempotencyKeyReused, nameof(command.IdempotencyKey), key, earlier.ReportedBy, earlier.ReportedAt);
        }

        var students = await StudentsAsync(db, command.Rows, codes.Value!, cancellationToken);
        var studentIds = students.Values.Select(s => s.Id).ToHashSet();
        // A student with an FO on an offering that runs over several terms has a registration per term: a new
        // result goes on the latest one, but a result already reported on an earlier one is still the student's
        // result on this offering, so it is updated (or found unchanged) there rather than reported twice.
        var registrations = (await db.Registrations.AsNoTracking()
                .Where(r => r.OfferingId == offering.Id && studentIds.Contains(r.StudentId))
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.StudentId)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => Term.Parse(r.Term))!);
        var moduleId = module.Value?.Id;
        var existing = (await db.Results
                .Where(r => r.OfferingId == offering.Id && studentIds.Contains(r.StudentId) && r.RegistrationId != null
                    && r.ModuleId == moduleId && r.Status != ResultStatus.Removed)
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.StudentId);
        var inForce = await ResultTargets.ModuleResultsInForceAsync(db, version, module.Value, studentIds, cancellationToken);

        var rows = new List<ReportedRow>(command.Rows.Count);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < command.Rows.Count; i++)
        {
            var row = command.Rows[i];
            var at = Rows.At(i);
            if (!students.TryGetValue(i, out var student))
            {
                rows.Add(Invalid(i, null, StudentError(row, at, codes.Value!)));
            }
            else if (!seen.Add(student.Id))
            {
                rows.Add(Invalid(i, student.Id, DomainError.Of(RecordsReasons.StudentTwiceInBatch, at, student.Name)));
            }
            else if (!registrations.TryGetValue(student.Id, out var registration) && row.AnonymousCode is { } code)
            {
                // Named by code, the student stays unnamed in the refusal: the teacher grading blind learns nothing more.
                rows.Add(Invalid(i, student.Id, DomainError.Of(ExamSittingReasons.SignUpOnOtherOffering, at.Then(nameof(row.AnonymousCode)),
                    AnonymousCode.Normalise(code), $"{offering.CourseCode} {offering.Term} ({offering.OfferingCode})")));
            }
            else if (registration is null)
            {
                rows.Add(
                    Invalid(i, student.Id,
                        DomainError.Of(RecordsReasons.NotRegistered, at, student.Name, offering.CourseCode, offering.Term, offering.OfferingCode)));
            }
            else
            {
                var target = ResultTargets.For(registration, offering, version, module.Value, inForce[student.Id]);
                var decision = ResultReport.Decide(target, row.Entry, existing[student.Id].ToList(), mayUpdateDraft: true, command.By, clock, at);
                rows.Add(new ReportedRow(i, student.Id, decision.Outcome, decision.Result, decision.Errors));
            }
        }

        if (earlier is null) db.ResultBatches.Add(new ResultBatch(key, hash, command.Rows.Count, command.By, clock.GetUtcNow()));
        var created = rows.Where(r => r.Outcome == ReportOutcome.Created).Select(r => r.Result!).ToList();
        return await SaveAsync(created, cancellationToken) is { } conflict ? conflict : Outcome<IReadOnlyList<ReportedRow>>.Success(rows);
    }

    /// <summary>
    /// Saves in steps, in the command's transaction, which is why this handler saves at all: the edited drafts and the
    /// batch's key through EF, then the new drafts and their audit entries by COPY (a sitting's hundreds of INSERTs
    /// would be most of the call's time), then the versions the database gave them.
    /// </summary>
    private async Task<DomainError?> SaveAsync(IReadOnlyList<Result> created, CancellationToken cancellationToken)
    {
        var raced = DomainError.Of(RecordsReasons.BatchReportedConcurrently, Field.Whole);
        var db = unit.Db;
        await unit.BeginTransactionAsync(cancellationToken);
        if (await db.TrySaveAsync(raced, cancellationToken) is { } conflict) return conflict;
        try
        {
            await db.BulkInsertAsync(created, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return raced;
        }

        // The payload shows each new draft's version, which the database gave it.
        var ids = created.Select(r => r.Id).ToList();
        var versions = await db.Results.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.RowVersion })
            .ToDictionaryAsync(r => r.Id, r => r.RowVersion, cancellationToken);
        foreach (var result in created)
        {
            // Attached only to set the version; let go so the command's final save leaves the new drafts be.
            db.Attach(result);
            db.Entry(result).Property(r => r.RowVersion).CurrentValue = versions[result.Id];
            db.Entry(result).State = EntityState.Detached;
        }
        return null;
    }

    /// <summary>The rows' students, by row index, in one query: rows name them by id, by identity number or by a sign-up's code.</summary>
    private async Task<Dictionary<int, Student>> StudentsAsync(
        RecordsDbContext db, IReadOnlyList<ReportResultsRow> rows, SignUpCodes codes, CancellationToken cancellationToken)
    {
        var numbers = rows.Select(r => Number(r.IdentityNumber)).ToList();
        var coded = rows.Select(r => r.AnonymousCode is { } code ? codes.StudentOf(code) : null).ToList();
        var ids = rows.Where(r => r.StudentId is not null).Select(r => r.StudentId!.Value).Concat(coded.OfType<Guid>()).ToList();
        var wanted = numbers.OfType<string>().ToList();
        var students = await db.Students.AsNoTracking()
            .Where(s => ids.Contains(s.Id) || wanted.Contains(s.IdentityNumber))
            .ToListAsync(cancellationToken);
        var byId = students.ToDictionary(s => s.Id);
        var byNumber = students.ToDictionary(s => s.IdentityNumber);

        var found = new Dictionary<int, Student>();
        for (var i = 0; i < rows.Count; i++)
        {
            var student = (rows[i].StudentId, numbers[i], rows[i].AnonymousCode) switch
            {
                ({ } id, null, null) => byId.GetValueOrDefault(id),
                (null, { } number, null) => byNumber.GetValueOrDefault(number),
                (null, null, { }) when coded[i] is { } id => byId.GetValueOrDefault(id),
                _ => null,
            };
            if (student is not null) found[i] = student;
        }
        return found;
    }

    /// <summary>The twelve stored characters of a number written in any usual form; null when it is none.</summary>
    private string? Number(string? written) =>
        written is null ? null
        : IdentityNumber.TryParse(written, isInterim: false, RecordsRules.Today(clock), out var number, out _) ? number.Value
        : IdentityNumber.TryParse(written, isInterim: true, RecordsRules.Today(clock), out var interim, out _) ? interim.Value
        : null;

    private DomainError StudentError(ReportResultsRow row, Field field, SignUpCodes codes)
    {
        var named = new object?[] { row.StudentId, row.IdentityNumber, row.AnonymousCode }.Count(n => n is not null);
        if (named == 0) return DomainError.Of(RecordsReasons.StudentNotNamed, field);
        if (named > 1) return DomainError.Of(RecordsReasons.StudentNamedTwice, field);
        if (row.AnonymousCode is { } code) return codes.Refusal(code, field.Then(nameof(row.AnonymousCode)));
        return row.IdentityNumber is { } written && Number(written) is null
            ? DomainError.Of(RecordsReasons.NotAnIdentityNumber, field.Then(nameof(row.IdentityNumber)), written)
            : DomainError.Of(KernelReasons.StudentNotFound, field);
    }

    private static ReportedRow Invalid(int index, Guid? studentId, DomainError error) => new(index, studentId, ReportOutcome.Invalid, null, [error]);

    /// <summary>The batch's content, so the same key can be told from a reused one.</summary>
    private string ContentHash(ReportResultsCommand command)
    {
        var canonical = JsonSerializer.Serialize(new
        {
            command.OfferingId,
            ModuleCode = command.ModuleCode?.Trim().ToUpperInvariant(),
            Rows = command.Rows.Select(r => new
            {
                r.StudentId,
                IdentityNumber = Number(r.IdentityNumber) ?? r.IdentityNumber,
                Grade = r.Entry.Grade.Trim().ToUpperInvariant(),
                r.Entry.ExaminationDate,
                ProjectTitle = r.Entry.ProjectTitle?.Trim(),
            }),
        });
        // A batch by codes adds its sitting and codes; a batch without them hashes as it always did, so one sent again still matches.
        if (command.ExamSittingId is { } sitting)
        {
            var codes = command.Rows.Select(r => r.AnonymousCode is { } code ? AnonymousCode.Normalise(code) : null);
            canonical += JsonSerializer.Serialize(new { sitting, Codes = codes });
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
