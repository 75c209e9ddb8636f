using System.Runtime.CompilerServices;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;
using Ladok.Modules.Records.Data;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>The Records module's answer to other modules and plugins, in Contracts types only.</summary>
public sealed class RecordsFacade(IDbContextFactory<RecordsDbContext> databases, TimeProvider? clock = null) : IRecordsQueries
{
    public async Task<IReadOnlyList<IdentityNumberLookup>> FindStudentsAsync(IReadOnlyList<string> identityNumbers, CancellationToken cancellationToken)
    {
        var today = RecordsRules.Today(clock ?? TimeProvider.System);
        var parsed = identityNumbers
            .Select(written => IdentityNumber.TryParse(written, isInterim: false, today, out var number, out var error)
                ? (Written: written, Number: number.Value, Problem: (string?)null)
                : (Written: written, Number: (string?)null, Problem: error.Message))
            .ToList();
        var valid = parsed.Where(p => p.Number is not null).Select(p => p.Number!).Distinct().ToList();

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var current = await db.Students.AsNoTracking().Where(s => valid.Contains(s.IdentityNumber))
            .Select(s => new { Number = s.IdentityNumber, Student = new StudentInfo(s.Id, s.IdentityNumber, s.FirstName, s.LastName, s.Email) })
            .ToListAsync(cancellationToken);
        var former = await db.FormerIdentityNumbers.AsNoTracking().Where(f => valid.Contains(f.IdentityNumber))
            .Join(db.Students, f => f.StudentId, s => s.Id,
                (f, s) => new { Number = f.IdentityNumber, Student = new StudentInfo(s.Id, s.IdentityNumber, s.FirstName, s.LastName, s.Email) })
            .ToListAsync(cancellationToken);
        // A number someone holds now wins over the same number as someone's former one (which cannot happen, but would be theirs).
        var byNumber = former.Concat(current).GroupBy(x => x.Number).ToDictionary(g => g.Key, g => g.Last().Student);
        return parsed.Select(p => new IdentityNumberLookup(p.Written, p.Problem, p.Number is null ? null : byNumber.GetValueOrDefault(p.Number))).ToList();
    }

    public async IAsyncEnumerable<RegistrationRecorded> AllRegistrationsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var registrations = db.Registrations.AsNoTracking().OrderBy(r => r.Id)
            .Select(r =>
                new RegistrationRecorded(r.Id, r.StudentId, r.OfferingId, r.CourseId, r.CourseCode, r.DepartmentId, r.Term, r.Kind.ToString(), r.RegisteredAt))
            .AsAsyncEnumerable();
        await foreach (var registration in registrations.WithCancellation(cancellationToken)) yield return registration;
    }

    public async IAsyncEnumerable<StudentActivityInfo> StudentActivityAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var activity = db.Database.SqlQuery<StudentActivityInfo>($"""
            SELECT s.id AS student_id, s.identity_number, s.first_name, s.last_name,
                   (SELECT max(r.registered_at)::date FROM records.registrations r WHERE r.student_id = s.id) AS last_registered,
                   (SELECT max(x.examination_date) FROM records.results x WHERE x.student_id = s.id AND x.status IN ('Attested',
                       'RemovalRequested')) AS last_examined,
                   (SELECT max(b."to") FROM records.study_breaks b JOIN records.registrations r ON r.id = b.registration_id WHERE r.student_id =
                       s.id) AS break_ends
            FROM records.students s
            ORDER BY s.identity_number
            """).AsAsyncEnumerable();
        await foreach (var student in activity.WithCancellation(cancellationToken)) yield return student;
    }

    public async IAsyncEnumerable<DropoutRecorded> AllDropoutsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var dropouts = db.Registrations.AsNoTracking().Where(r => r.DroppedOutOn != null).OrderBy(r => r.Id)
            .Select(r => new DropoutRecorded(r.Id, r.StudentId, r.OfferingId, r.CourseId, r.CourseCode, r.DepartmentId, r.Term,
                r.DroppedOutOn!.Value, r.IsEarlyDropout, null, r.DropoutProgrammeRegistrationId, r.DropoutRecordedAt!.Value))
            .AsAsyncEnumerable();
        await foreach (var dropout in dropouts.WithCancellation(cancellationToken)) yield return dropout;
    }

    public async IAsyncEnumerable<RegistrationWithdrawn> AllWithdrawalsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var withdrawals = db.Registrations.AsNoTracking().Where(r => r.WithdrawnOn != null).OrderBy(r => r.Id)
            .Select(r => new RegistrationWithdrawn(r.Id, r.StudentId, r.OfferingId, r.CourseId, r.DepartmentId, r.WithdrawnOn!.Value))
            .AsAsyncEnumerable();
        await foreach (var withdrawal in withdrawals.WithCancellation(cancellationToken)) yield return withdrawal;
    }

    public async IAsyncEnumerable<ResultAttested> AllAttestedResultsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var attested = db.Results.AsNoTracking()
            .Where(r => r.Status == ResultStatus.Attested || r.Status == ResultStatus.RemovalRequested || r.Status == ResultStatus.Removed)
            .OrderBy(r => r.DecidedAt).ThenBy(r => r.Id)
            .AsAsyncEnumerable();
        await foreach (var result in attested.WithCancellation(cancellationToken)) yield return ResultEvents.Attested(result);
    }

    public async IAsyncEnumerable<ResultRemoved> AllRemovedResultsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var removed = db.Results.AsNoTracking().Where(r => r.Status == ResultStatus.Removed).OrderBy(r => r.RemovedAt).ThenBy(r => r.Id).AsAsyncEnumerable();
        await foreach (var result in removed.WithCancellation(cancellationToken)) yield return ResultEvents.Removed(result);
    }

    public async IAsyncEnumerable<FeePayingRecorded> AllFeePayingTermsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var terms = db.FeePayingTerms.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new FeePayingRecorded(f.StudentId, f.Term, true, f.RecordedAt))
            .AsAsyncEnumerable();
        await foreach (var term in terms.WithCancellation(cancellationToken)) yield return term;
    }

    public async IAsyncEnumerable<DecidedResultInfo> DecidedResultsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var decided = db.Results.AsNoTracking()
            .Where(r => r.Status == ResultStatus.Attested || r.Status == ResultStatus.RemovalRequested || r.Status == ResultStatus.Removed)
            .Join(db.Students, r => r.StudentId, s => s.Id, (r, s) => new { Result = r, Student = s })
            .GroupJoin(db.Registrations, x => x.Result.RegistrationId, g => g.Id, (x, g) => new { x.Result, x.Student, Registrations = g })
            .SelectMany(x => x.Registrations.DefaultIfEmpty(), (x, g) => new { x.Result, x.Student, OfferingCode = g == null ? null : g.OfferingCode })
            .OrderBy(x => x.Result.CourseCode).ThenBy(x => x.Result.ModuleCode != null).ThenBy(x => x.Result.ModuleCode)
            .ThenBy(x => x.Student.IdentityNumber).ThenBy(x => x.Result.ExaminationDate).ThenBy(x => x.Result.Id)
            .Select(x => new DecidedResultInfo(x.Student.IdentityNumber, x.Student.FirstName, x.Student.LastName, x.Result.CourseCode, x.Result.ModuleCode,
                x.OfferingCode, x.Result.Grade, x.Result.IsPassing, x.Result.Credits, x.Result.ExaminationDate, x.Result.DecidedAt!.Value,
                x.Result.Origin == ResultOrigin.CreditTransfer, x.Result.Status == ResultStatus.Removed))
            .AsAsyncEnumerable();
        await foreach (var result in decided.WithCancellation(cancellationToken)) yield return result;
    }

    public async IAsyncEnumerable<RegistrationListing> RegistrationListingAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var registrations = db.Registrations.AsNoTracking()
            .Join(db.Students, r => r.StudentId, s => s.Id, (r, s) => new { Registration = r, Student = s })
            .OrderBy(x => x.Registration.CourseCode).ThenBy(x => x.Registration.Term).ThenBy(x => x.Registration.OfferingCode)
            .ThenBy(x => x.Student.IdentityNumber).ThenBy(x => x.Registration.Id)
            .Select(x => new RegistrationListing(x.Student.IdentityNumber, x.Student.FirstName, x.Student.LastName, x.Registration.CourseCode,
                x.Registration.OfferingCode, x.Registration.Term, x.Registration.Kind.ToString(), x.Registration.RegisteredAt, x.Registration.DroppedOutOn,
                x.Registration.WithdrawnOn))
            .AsAsyncEnumerable();
        await foreach (var registration in registrations.WithCancellation(cancellationToken)) yield return registration;
    }

    public async Task<StudentInfo?> GetStudentAsync(Guid id, CancellationToken cancellationToken) =>
        (await GetStudentsAsync([id], cancellationToken)).GetValueOrDefault(id);

    public async Task<IReadOnlyDictionary<Guid, StudentInfo>> GetStudentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Students.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new StudentInfo(s.Id, s.IdentityNumber, s.FirstName, s.LastName, s.Email))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    public async Task<TranscriptSource?> GetTranscriptSourceAsync(Guid studentId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var student = await db.Students.AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new StudentInfo(s.Id, s.IdentityNumber, s.FirstName, s.LastName, s.Email))
            .SingleOrDefaultAsync(cancellationToken);
        if (student is null) return null;

        var results = await db.Results.AsNoTracking()
            .Where(r => r.StudentId == studentId && (r.Status == ResultStatus.Attested || r.Status == ResultStatus.RemovalRequested))
            .OrderBy(r => r.ExaminationDate).ThenBy(r => r.CourseCode).ThenBy(r => r.ModuleCode).ThenBy(r => r.Id)
            .Select(r => new TranscriptResult(r.Id, r.CourseId, r.CourseCode, r.ModuleCode, r.Grade, r.IsPassing, r.Credits,
                r.ExaminationDate, r.DecidedAt!.Value, r.Origin == ResultOrigin.CreditTransfer ? r.TransferredFrom : null))
            .ToListAsync(cancellationToken);
        return new TranscriptSource(student, results);
    }
}
