namespace Ladok.Modules.Records.Contracts;

/// <summary>What other modules and plugins may ask the Records module. They never read its tables.</summary>
public interface IRecordsQueries
{
    Task<StudentInfo?> GetStudentAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Many students by id in one query; ids Records lacks are left out.</summary>
    Task<IReadOnlyDictionary<Guid, StudentInfo>> GetStudentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Every student with their latest registration day, latest examination date of a result in force and the end of their latest study break, by
    /// identity number.
    /// </summary>
    IAsyncEnumerable<StudentActivityInfo> StudentActivityAsync(CancellationToken cancellationToken);

    /// <summary>
    /// What a transcript (resultatintyg) shows: the student and every result in force (attested,
    /// or attested with a removal requested; credit transfers too), by examination date. Drafts,
    /// ready, rejected and removed results are left out. Null when there is no such student.
    /// </summary>
    Task<TranscriptSource?> GetTranscriptSourceAsync(Guid studentId, CancellationToken cancellationToken);

    /// <summary>Every registration, as its event said, oldest first: for rebuilding a read model.</summary>
    IAsyncEnumerable<RegistrationRecorded> AllRegistrationsAsync(CancellationToken cancellationToken);

    /// <summary>Every course dropout, as its event said (without credits): for rebuilding a read model.</summary>
    IAsyncEnumerable<DropoutRecorded> AllDropoutsAsync(CancellationToken cancellationToken);

    /// <summary>Every withdrawal (återbud), as its event said.</summary>
    IAsyncEnumerable<RegistrationWithdrawn> AllWithdrawalsAsync(CancellationToken cancellationToken);

    /// <summary>Every result ever attested (removed ones and credit transfers too), as its event said, by decision.</summary>
    IAsyncEnumerable<ResultAttested> AllAttestedResultsAsync(CancellationToken cancellationToken);

    /// <summary>Every removal an examiner attested, as its event said.</summary>
    IAsyncEnumerable<ResultRemoved> AllRemovedResultsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The students with the identity numbers given as written (in any usual form), each answered in order: the student,
    /// or why there is none (a number that is not valid says what is wrong with it in English).
    /// </summary>
    Task<IReadOnlyList<IdentityNumberLookup>> FindStudentsAsync(IReadOnlyList<string> identityNumbers, CancellationToken cancellationToken);

    /// <summary>Every term a student pays fees in, as the event that recorded it said.</summary>
    IAsyncEnumerable<FeePayingRecorded> AllFeePayingTermsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every attested result (in force or removed, credit transfers too) with its student, by course code, module (the course grade
    /// first), identity number and examination date: what plugin reports read.
    /// </summary>
    IAsyncEnumerable<DecidedResultInfo> DecidedResultsAsync(CancellationToken cancellationToken);

    /// <summary>Every course registration with its student, by course code, term, offering and identity number: what plugin reports read.</summary>
    IAsyncEnumerable<RegistrationListing> RegistrationListingAsync(CancellationToken cancellationToken);
}

/// <summary>An attested result with its student, for plugin reports.</summary>
/// <param name="IdentityNumber">The student's identity number now.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="CourseCode">The course code.</param>
/// <param name="ModuleCode">The module's code; null for the course grade.</param>
/// <param name="OfferingCode">The offering examined on; null for a credit transfer.</param>
/// <param name="Grade">The grade's code.</param>
/// <param name="IsPassing">Whether it passes.</param>
/// <param name="Credits">The module's or course version's credits.</param>
/// <param name="ExaminationDate">The day the student completed the work.</param>
/// <param name="DecidedAt">The attestation (or credit-transfer decision).</param>
/// <param name="IsCreditTransfer">A credit transfer (tillgodoräknande).</param>
/// <param name="IsRemoved">Its removal was attested.</param>
public sealed record DecidedResultInfo(
    string IdentityNumber, string FirstName, string LastName, string CourseCode, string? ModuleCode, string? OfferingCode, string Grade,
    bool IsPassing, decimal Credits, DateOnly ExaminationDate, DateTimeOffset DecidedAt, bool IsCreditTransfer, bool IsRemoved);

/// <summary>A course registration with its student, for plugin reports.</summary>
/// <param name="IdentityNumber">The student's identity number now.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="CourseCode">The course code.</param>
/// <param name="OfferingCode">The offering's code.</param>
/// <param name="Term">The term registered for.</param>
/// <param name="Kind">FirstTime, Continuation or Repeat.</param>
/// <param name="RegisteredAt">When it was made.</param>
/// <param name="DroppedOutOn">The day of a dropout; null if none.</param>
/// <param name="WithdrawnOn">The day of a withdrawal before the start; null if none.</param>
public sealed record RegistrationListing(
    string IdentityNumber, string FirstName, string LastName, string CourseCode, string OfferingCode, string Term, string Kind,
    DateTimeOffset RegisteredAt, DateOnly? DroppedOutOn, DateOnly? WithdrawnOn);

/// <summary>Student: a student as other modules see it.</summary>
/// <param name="Id">The student's own id.</param>
/// <param name="IdentityNumber">Twelve characters: the personnummer or samordningsnummer as YYYYMMDDNNNC, or an interim number.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="Email">The e-mail address Records has for the student (for their notifications); null when none.</param>
public sealed record StudentInfo(Guid Id, string IdentityNumber, string FirstName, string LastName, string? Email = null);

/// <summary>An identity number as written and what it finds.</summary>
/// <param name="Written">As given.</param>
/// <param name="Problem">Why the number is not valid, in English; null when it is.</param>
/// <param name="Student">The student with the number (now or before it was replaced); null when none or not valid.</param>
public sealed record IdentityNumberLookup(string Written, string? Problem, StudentInfo? Student);

/// <summary>When a student was last active: for a university's inactivity rule.</summary>
/// <param name="StudentId">The student's own id.</param>
/// <param name="IdentityNumber">Twelve characters, as in <see cref="StudentInfo"/>.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="LastRegistered">The day the latest registration was made; null if never registered.</param>
/// <param name="LastExamined">The latest examination date of a result in force (attested, or attested with a removal requested); null if none.</param>
/// <param name="BreakEnds">The last day of the latest approved study break (studieuppehåll) on any of the student's registrations; null if none.</param>
public sealed record StudentActivityInfo(
    Guid StudentId, string IdentityNumber, string FirstName, string LastName, DateOnly? LastRegistered, DateOnly? LastExamined, DateOnly? BreakEnds);

/// <summary>A student and the results in force, for a transcript.</summary>
public sealed record TranscriptSource(StudentInfo Student, IReadOnlyList<TranscriptResult> Results);

/// <summary>A result in force, as a transcript shows it.</summary>
/// <param name="ResultId">The result's id.</param>
/// <param name="CourseId">The course's id, for its name from the Catalogue.</param>
/// <param name="CourseCode">The course code, such as 5DV001.</param>
/// <param name="ModuleCode">The module's code; null for the course grade.</param>
/// <param name="Grade">The grade's code on its scale, such as VG.</param>
/// <param name="IsPassing">False for a failing grade (U, F, Fx), which gives no credits.</param>
/// <param name="Credits">The module's or course version's credits (hp); attained only when <paramref name="IsPassing"/>.</param>
/// <param name="ExaminationDate">The day the student completed the work.</param>
/// <param name="DecidedAt">The decision (attestation or credit-transfer decision).</param>
/// <param name="TransferredFrom">For a credit transfer (tillgodoräknande): where the credits were earned; null otherwise.</param>
public sealed record TranscriptResult(
    Guid ResultId, Guid CourseId, string CourseCode, string? ModuleCode, string Grade, bool IsPassing, decimal Credits,
    DateOnly ExaminationDate, DateTimeOffset DecidedAt, string? TransferredFrom);
