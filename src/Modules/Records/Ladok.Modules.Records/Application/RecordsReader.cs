using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Periods;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>A participation state to filter on, with today's date and the offering's dates it is decided by.</summary>
public sealed record ParticipationFilter(ParticipationState State, DateOnly Today, DateOnly OfferingStart, DateOnly OfferingEnd);

/// <summary>Today and the offering's dates, which decide a participation state with the stored facts.</summary>
public sealed record ParticipationDates(DateOnly Today, DateOnly OfferingStart, DateOnly OfferingEnd);

/// <summary>A module and the statuses a participant's result on it is to be in.</summary>
public sealed record ModuleResultCriterion(string ModuleCode, IReadOnlyList<ResultStatus> Statuses);

/// <summary>
/// Which participants to list: in one of <paramref name="States"/> today; with no result on a module (removed ones aside), for
/// reporting an exam sitting; with a result in one of some statuses on a module. Null leaves a criterion out.
/// </summary>
public sealed record ParticipantCriteria(
    IReadOnlyList<ParticipationState>? States, string? WithoutResultOnModule, ModuleResultCriterion? ResultOnModule);

/// <summary>What students can be sorted on.</summary>
public enum StudentOrderField
{
    LastName,
    FirstName,
    IdentityNumber,
}

/// <summary>What participants can be sorted on.</summary>
public enum ParticipantOrderField
{
    LastName,
    FirstName,
    IdentityNumber,
    /// <summary>In the order of <see cref="ParticipationState"/>'s values.</summary>
    State,
}

/// <summary>A participant's registration with what it is filtered and sorted on; EF composes filters and orders over it.</summary>
public sealed class ParticipantRow
{
    public Registration Registration { get; init; } = null!;
    public string LastName { get; init; } = "";
    public string FirstName { get; init; } = "";
    public string IdentityNumber { get; init; } = "";
    /// <summary>The <see cref="ParticipationState"/> as its number, computed in SQL.</summary>
    public int State { get; init; }
}

/// <summary>
/// The Records module's reads. Each call opens its own short-lived context, so sibling GraphQL
/// fields can run in parallel; the <c>…ByIds</c> methods serve the batch loaders.
/// </summary>
public sealed class RecordsReader(IDbContextFactory<RecordsDbContext> databases, TimeProvider clock)
{
    /// <summary>
    /// The student with the number, written in any usual form, or who had it before it was replaced. A number that reads as
    /// neither a personnummer/samordningsnummer nor an interim number is a VALIDATION error naming the rule;
    /// one that is only a well-formed interim number is looked up among interim numbers, present and former.
    /// </summary>
    public async Task<Outcome<Student?>> StudentByIdentityNumberAsync(string identityNumber, CancellationToken cancellationToken)
    {
        var today = RecordsRules.Today(clock);
        if (IdentityNumber.TryParse(identityNumber, isInterim: false, today, out var number, out var error))
        {
            return Outcome<Student?>.Success(await ReadAsync(db => HolderAsync(db, number, cancellationToken), cancellationToken));
        }

        if (IdentityNumber.TryParse(identityNumber, isInterim: true, today, out var interim, out _))
        {
            var student = await ReadAsync(db => HolderAsync(db, interim, cancellationToken), cancellationToken);
            // Digits only and no interim student: most likely a mistyped personnummer, so say what is wrong with it.
            if (student is not null || error.Rule == IdentityNumberRule.Format) return Outcome<Student?>.Success(student);
        }

        return error.At(Field.Of("identityNumber"));
    }

    /// <summary>The student whose number this is, or was: an interim number only among interim numbers.</summary>
    private static async Task<Student?> HolderAsync(RecordsDbContext db, IdentityNumber number, CancellationToken cancellationToken)
    {
        var interim = number.Kind == IdentityNumberKind.Interim;
        return await db.Students.SingleOrDefaultAsync(
                s => s.IdentityNumber == number.Value && (!interim || s.Kind == IdentityNumberKind.Interim), cancellationToken)
            ?? await db.FormerIdentityNumbers.Where(f => f.IdentityNumber == number.Value && (!interim || f.Kind == IdentityNumberKind.Interim))
                .Join(db.Students, f => f.StudentId, s => s.Id, (_, s) => s).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The numbers each student had before, oldest first.</summary>
    public Task<IReadOnlyDictionary<Guid, List<FormerIdentityNumber>>> FormerIdentityNumbersByStudentIdsAsync(
        IReadOnlyCollection<Guid> studentIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, List<FormerIdentityNumber>>>(async db =>
            (await db.FormerIdentityNumbers.Where(f => studentIds.Contains(f.StudentId)).OrderBy(f => f.ReplacedAt).ThenBy(f => f.Id)
                    .ToListAsync(cancellationToken))
                .GroupBy(f => f.StudentId).ToDictionary(g => g.Key, g => g.ToList()), cancellationToken);

    /// <summary>By identity number; <paramref name="search"/> matches any part of the name, or the start of the number (with or without century).</summary>
    public Task<Connection<Student>> StudentsAsync(string? search, PageRequest page, CancellationToken cancellationToken) =>
        StudentsAsync(search, [], page, cancellationToken);

    /// <summary>
    /// As above, sorted by <paramref name="order"/> (names in Swedish alphabetical order, the student's id breaking ties), or by
    /// identity number when it is empty.
    /// </summary>
    public async Task<Connection<Student>> StudentsAsync(
        string? search, IReadOnlyList<Ordering<StudentOrderField>> order, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var students = db.Students.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var trimmed = search.Trim();
            var escaped = trimmed.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
                .Replace("_", @"\_", StringComparison.Ordinal);
            var digits = trimmed.Replace("-", "", StringComparison.Ordinal).Replace("+", "", StringComparison.Ordinal);
            if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
            {
                // 8112 finds 19811218-…: a number is often written without its century.
                students = students.Where(s => EF.Functions.Like(s.IdentityNumber, digits + "%") || EF.Functions.Like(s.IdentityNumber, "__" + digits + "%"));
            }
            else
            {
                // The escape character is given explicitly: without it the wildcards escaped above did not match
                // themselves (tested: Students_are_paged_by_identity_number_and_searched_by_name_or_number).
                students = students.Where(s => EF.Functions.ILike(s.FirstName + " " + s.LastName, "%" + escaped + "%", @"\"));
            }
        }

        return order.Count == 0
            ? await students.ToConnectionAsync(s => s.IdentityNumber, page, cancellationToken)
            : await students.ToConnectionAsync([.. order.Select(StudentKey), SortKey.Code<Student>(s => s.Id.ToString(), OrderDirection.Ascending)],
                page, cancellationToken);
    }

    private static SortKey<Student> StudentKey(Ordering<StudentOrderField> order) => order.Field switch
    {
        StudentOrderField.LastName => SortKey.Name<Student>(s => s.LastName, order.Direction),
        StudentOrderField.FirstName => SortKey.Name<Student>(s => s.FirstName, order.Direction),
        _ => SortKey.Code<Student>(s => s.IdentityNumber, order.Direction),
    };

    public Task<IReadOnlyDictionary<Guid, Student>> StudentsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, Student>>(async db =>
            await db.Students.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<Guid, Registration>> RegistrationsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, Registration>>(async db =>
            await db.Registrations.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken), cancellationToken);

    /// <summary>Registrations of many students in one query, oldest first per student.</summary>
    public Task<IReadOnlyDictionary<Guid,
    List<Registration>>> RegistrationsByStudentIdsAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, List<Registration>>>(async db =>
            (await db.Registrations.Where(r => studentIds.Contains(r.StudentId)).OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).ToListAsync(cancellationToken))
                .GroupBy(r => r.StudentId).ToDictionary(g => g.Key, g => g.ToList()), cancellationToken);

    public Task<IReadOnlyDictionary<Guid, Result>> ResultsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, Result>>(async db =>
            await db.Results.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken), cancellationToken);

    /// <summary>Every result of many students, removed ones too, by examination date.</summary>
    public Task<IReadOnlyDictionary<Guid, List<Result>>> ResultsByStudentIdsAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, List<Result>>>(async db =>
            (await db.Results.Where(r => studentIds.Contains(r.StudentId)).OrderBy(r => r.ExaminationDate).ThenBy(r => r.Id).ToListAsync(cancellationToken))
                .GroupBy(r => r.StudentId).ToDictionary(g => g.Key, g => g.ToList()), cancellationToken);

    /// <summary>Every result reported on many registrations, removed ones too, by examination date.</summary>
    public Task<IReadOnlyDictionary<Guid,
    List<Result>>> ResultsByRegistrationIdsAsync(IReadOnlyCollection<Guid> registrationIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, List<Result>>>(async db =>
            (await db.Results.Where(r => registrationIds.Contains(r.RegistrationId!.Value)).OrderBy(r => r.ExaminationDate).ThenBy(r => r.Id)
                .ToListAsync(cancellationToken))
                .GroupBy(r => r.RegistrationId!.Value).ToDictionary(g => g.Key, g => g.ToList()), cancellationToken);

    /// <summary>
    /// For each registration, every result reported to its student on its offering, on any of their registrations on it
    /// (FFG and FO of an offering over several terms), removed ones too, by examination date: one query.
    /// </summary>
    public Task<IReadOnlyDictionary<Guid,
    List<Result>>> ResultsOnOfferingByRegistrationIdsAsync(IReadOnlyCollection<Guid> registrationIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, List<Result>>>(async db =>
            (await (from g in db.Registrations
                    where registrationIds.Contains(g.Id)
                    join x in db.Results on new { g.StudentId, OfferingId = (Guid?)g.OfferingId } equals new { x.StudentId, x.OfferingId }
                    where x.RegistrationId != null
                    orderby x.ExaminationDate, x.Id
                    select new { g.Id, Result = x }).ToListAsync(cancellationToken))
                .GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.Select(r => r.Result).ToList()), cancellationToken);

    /// <summary>For each registration, its student's registrations on its offering (one per term), oldest term first: one query.</summary>
    public Task<IReadOnlyDictionary<Guid,
    List<Registration>>> RegistrationsOnOfferingByRegistrationIdsAsync(IReadOnlyCollection<Guid> registrationIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, List<Registration>>>(async db =>
            (await (from g in db.Registrations
                    where registrationIds.Contains(g.Id)
                    join o in db.Registrations on new { g.StudentId, g.OfferingId } equals new { o.StudentId, o.OfferingId }
                    select new { g.Id, Registration = o }).ToListAsync(cancellationToken))
                .GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.Select(r => r.Registration).OrderBy(r => Term.Parse(r.Term)).ToList()), cancellationToken);

    /// <summary>Registrations and results of many students in two queries, for their study records.</summary>
    public async Task<IReadOnlyDictionary<Guid, (List<Registration> Registrations, List<Result> Results)>> StudyRecordsAsync(
        IReadOnlyCollection<Guid> studentIds, CancellationToken cancellationToken)
    {
        var registrations = await RegistrationsByStudentIdsAsync(studentIds, cancellationToken);
        var results = await ResultsByStudentIdsAsync(studentIds, cancellationToken);
        return studentIds.ToDictionary(id => id, id => (registrations.GetValueOrDefault(id) ?? [], results.GetValueOrDefault(id) ?? []));
    }

    /// <summary>
    /// Each student's latest registration on an offering (an FO's, once they have one for a later term of it),
    /// in the order those were registered (ids are Guid v7): one per student.
    /// </summary>
    public Task<Connection<Registration>> RegistrationsOfOfferingAsync(Guid offeringId, PageRequest page, CancellationToken cancellationToken) =>
        RegistrationsOfOfferingAsync(offeringId, null, page, cancellationToken);

    /// <summary>Each student's latest registration on an offering, one per student, in one participation state (all when null).</summary>
    public Task<Connection<Registration>> RegistrationsOfOfferingAsync(
        Guid offeringId, ParticipationFilter? filter, PageRequest page, CancellationToken cancellationToken) =>
        ParticipantsAsync(
            offeringId,
            filter is null ? null : new ParticipationDates(filter.Today, filter.OfferingStart, filter.OfferingEnd),
            new ParticipantCriteria(filter is null ? null : [filter.State], null, null),
            [], page, cancellationToken);

    /// <summary>
    /// Each student's latest registration on an offering, one per student, filtered and sorted in SQL before paging, so pages and
    /// <c>totalCount</c> are right. The participation state is stored facts (withdrawal, dropout, breaks, a passing course grade in
    /// force) plus today and the offering's dates, which the caller passes in (<paramref name="dates"/>, needed to filter or sort on
    /// the state): the same order of precedence as <see cref="Participation.StateOf"/>. Without an order, in the order the
    /// registrations were made (ids are Guid v7); names in Swedish alphabetical order; the registration's id breaks ties.
    /// </summary>
    public async Task<Connection<Registration>> ParticipantsAsync(Guid offeringId, ParticipationDates? dates, ParticipantCriteria criteria,
        IReadOnlyList<Ordering<ParticipantOrderField>> order, PageRequest page, CancellationToken cancellationToken)
    {
        var needsState = criteria.States is not null || order.Any(o => o.Field == ParticipantOrderField.State);
        if (needsState && dates is null) throw new ArgumentException("The participation state needs today's and the offering's dates.", nameof(dates));

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        // Term is stored as HT2025/VT2026: the year, then VT before HT, orders a student's terms on the offering.
        // string.Compare is what EF turns into SQL's >; on four digits the collation cannot matter.
#pragma warning disable CA1309
        var registrations = db.Registrations.Where(r => r.OfferingId == offeringId
            && !db.Registrations.Any(o => o.OfferingId == r.OfferingId && o.StudentId == r.StudentId
                && (string.Compare(o.Term.Substring(2, 4), r.Term.Substring(2, 4)) > 0
                    || (o.Term.Substring(2, 4) == r.Term.Substring(2, 4) && o.Term.StartsWith("HT") && r.Term.StartsWith("VT")))));
#pragma warning restore CA1309
        if (criteria.WithoutResultOnModule is { } without)
        {
            registrations = registrations.Where(r => !db.Results.Any(x => x.StudentId == r.StudentId && x.OfferingId == r.OfferingId
                && x.RegistrationId != null && x.ModuleCode == without && x.Status != ResultStatus.Removed));
        }
        if (criteria.ResultOnModule is { } on)
        {
            var statuses = on.Statuses.ToList();
            registrations = registrations.Where(r => db.Results.Any(x => x.StudentId == r.StudentId && x.OfferingId == r.OfferingId
                && x.RegistrationId != null && x.ModuleCode == on.ModuleCode && statuses.Contains(x.Status)));
        }

        var rows = Participants(db, registrations, needsState ? dates : null);
        if (criteria.States is { } states)
        {
            var codes = states.Select(s => (int)s).ToList();
            rows = rows.Where(p => codes.Contains(p.State));
        }

        var connection = order.Count == 0
            ? await rows.ToConnectionAsync(p => p.Registration.Id.ToString(), page, cancellationToken)
            : await rows.ToConnectionAsync(
                [.. order.Select(ParticipantKey), SortKey.Code<ParticipantRow>(p => p.Registration.Id.ToString(), OrderDirection.Ascending)],
                page, cancellationToken);
        return connection.Map(p => p.Registration);
    }

    private static SortKey<ParticipantRow> ParticipantKey(Ordering<ParticipantOrderField> order) => order.Field switch
    {
        ParticipantOrderField.LastName => SortKey.Name<ParticipantRow>(p => p.LastName, order.Direction),
        ParticipantOrderField.FirstName => SortKey.Name<ParticipantRow>(p => p.FirstName, order.Direction),
        ParticipantOrderField.IdentityNumber => SortKey.Code<ParticipantRow>(p => p.IdentityNumber, order.Direction),
        _ => SortKey.Number<ParticipantRow>(p => p.State, order.Direction),
    };

    /// <summary>The registrations with their students' names and numbers and, given the dates, their participation state in SQL.</summary>
    private static IQueryable<ParticipantRow> Participants(RecordsDbContext db, IQueryable<Registration> registrations, ParticipationDates? dates)
    {
        var today = dates?.Today ?? DateOnly.MinValue;
        // Every open registration without a break today shares the offering's state by dates.
        var byDates = (int)(dates is { } d ? Participation.ByDates(d.Today, d.OfferingStart, d.OfferingEnd) : ParticipationState.NotStarted);
        return from r in registrations
               join s in db.Students on r.StudentId equals s.Id
               select new ParticipantRow
               {
                   Registration = r,
                   LastName = s.LastName,
                   FirstName = s.FirstName,
                   IdentityNumber = s.IdentityNumber,
                   State = r.WithdrawnOn != null ? (int)ParticipationState.Withdrawn
                       : db.Results.Any(x => x.StudentId == r.StudentId && x.OfferingId == r.OfferingId && x.RegistrationId != null && x.ModuleId == null
                           && x.IsPassing && (x.Status == ResultStatus.Attested || x.Status == ResultStatus.RemovalRequested))
                           ? (int)ParticipationState.Completed
                       : r.DroppedOutOn != null ? (int)ParticipationState.Dropout
                       : r.StudyBreaks.Any(b => b.From <= today && b.To >= today) ? (int)ParticipationState.OnBreak
                       : byDates,
               };
    }

    public Task<IReadOnlyDictionary<Guid,
    List<StudyBreak>>> StudyBreaksByRegistrationIdsAsync(IReadOnlyCollection<Guid> registrationIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, List<StudyBreak>>>(async db =>
            (await db.StudyBreaks.Where(b => registrationIds.Contains(b.RegistrationId)).OrderBy(b => b.From).ToListAsync(cancellationToken))
                .GroupBy(b => b.RegistrationId).ToDictionary(g => g.Key, g => g.ToList()), cancellationToken);

    public Task<IReadOnlyDictionary<Guid,
    List<ProgrammeRegistration>>> ProgrammeRegistrationsByStudentIdsAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, List<ProgrammeRegistration>>>(async db =>
            (await db.ProgrammeRegistrations.Include(p => p.StudyBreaks).Where(p => studentIds.Contains(p.StudentId))
                .OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id).ToListAsync(cancellationToken))
                .GroupBy(p => p.StudentId).ToDictionary(g => g.Key, g => g.ToList()), cancellationToken);

    public Task<IReadOnlyDictionary<Guid,
    ProgrammeRegistration>> ProgrammeRegistrationsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, ProgrammeRegistration>>(async db =>
            await db.ProgrammeRegistrations.Include(p => p.StudyBreaks).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken),
            cancellationToken);

    private async Task<T> ReadAsync<T>(Func<RecordsDbContext, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }
}
