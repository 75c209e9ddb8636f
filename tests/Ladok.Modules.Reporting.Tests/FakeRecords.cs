using Ladok.Modules.Records.Contracts;

namespace Ladok.Modules.Reporting.Tests;

/// <summary>The Records facade over the students, results and events a test adds.</summary>
internal sealed class FakeRecords : IRecordsQueries
{
    private readonly Dictionary<Guid, (StudentInfo Student, List<TranscriptResult> Results)> students = [];

    /// <summary>What the facade's streams give, as a rebuild reads them.</summary>
    public List<RegistrationRecorded> Registrations { get; } = [];

    public List<DropoutRecorded> Dropouts { get; } = [];

    public List<RegistrationWithdrawn> Withdrawals { get; } = [];

    public List<ResultAttested> Attested { get; } = [];

    public List<ResultRemoved> Removed { get; } = [];

    public List<FeePayingRecorded> FeePaying { get; } = [];

    /// <summary>What the facade's student activity gives, in this order.</summary>
    public List<StudentActivityInfo> Activity { get; } = [];

    public void Add(StudentInfo student) => students[student.Id] = (student, []);

    /// <summary>A new student with a valid personnummer.</summary>
    public StudentInfo Student(string first, string last)
    {
        var student = new StudentInfo(Guid.NewGuid(), "199001011239", first, last);
        Add(student);
        return student;
    }

    public Task<IReadOnlyList<IdentityNumberLookup>> FindStudentsAsync(IReadOnlyList<string> identityNumbers, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IdentityNumberLookup>>(identityNumbers
            .Select(n => new IdentityNumberLookup(n, null, students.Values.Select(s => s.Student).FirstOrDefault(s => s.IdentityNumber == n)))
            .ToList());

    public void Add(StudentInfo student, TranscriptResult result) => students[student.Id].Results.Add(result);

    public Task<StudentInfo?> GetStudentAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(students.TryGetValue(id, out var s) ? s.Student : null);

    public Task<IReadOnlyDictionary<Guid, StudentInfo>> GetStudentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, StudentInfo>>(students.Where(s => ids.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value.Student));

    public Task<TranscriptSource?> GetTranscriptSourceAsync(Guid studentId, CancellationToken cancellationToken) =>
        Task.FromResult(students.TryGetValue(studentId, out var s) ? new TranscriptSource(s.Student, s.Results.ToList()) : null);

    public IAsyncEnumerable<StudentActivityInfo> StudentActivityAsync(CancellationToken cancellationToken) => Activity.ToAsyncEnumerable();

    public IAsyncEnumerable<RegistrationRecorded> AllRegistrationsAsync(CancellationToken cancellationToken) => Registrations.ToAsyncEnumerable();

    public IAsyncEnumerable<DropoutRecorded> AllDropoutsAsync(CancellationToken cancellationToken) => Dropouts.ToAsyncEnumerable();

    public IAsyncEnumerable<RegistrationWithdrawn> AllWithdrawalsAsync(CancellationToken cancellationToken) => Withdrawals.ToAsyncEnumerable();

    public IAsyncEnumerable<ResultAttested> AllAttestedResultsAsync(CancellationToken cancellationToken) => Attested.ToAsyncEnumerable();

    public IAsyncEnumerable<ResultRemoved> AllRemovedResultsAsync(CancellationToken cancellationToken) => Removed.ToAsyncEnumerable();

    public IAsyncEnumerable<FeePayingRecorded> AllFeePayingTermsAsync(CancellationToken cancellationToken) => FeePaying.ToAsyncEnumerable();

    /// <summary>What the facade's decided results give to plugin reports, in this order.</summary>
    public List<DecidedResultInfo> Decided { get; } = [];

    /// <summary>What the facade's registration listing gives to plugin reports, in this order.</summary>
    public List<RegistrationListing> Listing { get; } = [];

    public IAsyncEnumerable<DecidedResultInfo> DecidedResultsAsync(CancellationToken cancellationToken) => Decided.ToAsyncEnumerable();

    public IAsyncEnumerable<RegistrationListing> RegistrationListingAsync(CancellationToken cancellationToken) => Listing.ToAsyncEnumerable();
}
