using Ladok.Modules.Records.Contracts;

namespace Ladok.Modules.Notifications.Tests;

/// <summary>Records' facade as the Notifications module asks it: students and their e-mail addresses. The rest is not asked.</summary>
internal sealed class FakeStudents : IRecordsQueries
{
    private readonly Dictionary<Guid, StudentInfo> students = [];

    public Guid Add(string? email)
    {
        var id = Guid.CreateVersion7();
        students[id] = new StudentInfo(id, "199001011239", "Anna", "Andersson", email);
        return id;
    }

    public Task<StudentInfo?> GetStudentAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(students.GetValueOrDefault(id));

    public Task<IReadOnlyDictionary<Guid, StudentInfo>> GetStudentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, StudentInfo>>(students.Where(s => ids.Contains(s.Key)).ToDictionary());

    public IAsyncEnumerable<StudentActivityInfo> StudentActivityAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<TranscriptSource?> GetTranscriptSourceAsync(Guid studentId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<RegistrationRecorded> AllRegistrationsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<DropoutRecorded> AllDropoutsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<RegistrationWithdrawn> AllWithdrawalsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<ResultAttested> AllAttestedResultsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<ResultRemoved> AllRemovedResultsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<IdentityNumberLookup>> FindStudentsAsync(IReadOnlyList<string> identityNumbers, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<FeePayingRecorded> AllFeePayingTermsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<DecidedResultInfo> DecidedResultsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<RegistrationListing> RegistrationListingAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}
