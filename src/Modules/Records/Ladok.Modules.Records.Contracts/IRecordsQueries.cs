namespace Ladok.Modules.Records.Contracts;

/// <summary>What other modules and plugins may ask the Records module. They never read its tables.</summary>
public interface IRecordsQueries
{
    Task<StudentInfo?> GetStudentAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Many students by id in one query; ids Records lacks are left out.</summary>
    Task<IReadOnlyDictionary<Guid, StudentInfo>> GetStudentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Every student with their latest registration day and latest examination date of a result in force, by identity number.</summary>
    IAsyncEnumerable<StudentActivityInfo> StudentActivityAsync(CancellationToken cancellationToken);

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
}

/// <summary>Student: a student as other modules see it.</summary>
/// <param name="Id">The student's own id.</param>
/// <param name="IdentityNumber">Twelve characters: the personnummer or samordningsnummer as YYYYMMDDNNNC, or an interim number.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
public sealed record StudentInfo(Guid Id, string IdentityNumber, string FirstName, string LastName);

/// <summary>When a student was last active: for a university's inactivity rule.</summary>
public sealed record StudentActivityInfo(Guid StudentId, string IdentityNumber, string FirstName, string LastName, DateOnly? LastRegistered, DateOnly? LastExamined);
