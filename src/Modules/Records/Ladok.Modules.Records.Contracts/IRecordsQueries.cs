namespace Ladok.Modules.Records.Contracts;

/// <summary>What other modules and plugins may ask the Records module. They never read its tables.</summary>
public interface IRecordsQueries
{
    Task<StudentInfo?> GetStudentAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>Student: a student as other modules see it.</summary>
/// <param name="Id">The student's own id.</param>
/// <param name="IdentityNumber">Twelve characters: the personnummer or samordningsnummer as YYYYMMDDNNNC, or an interim number.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
public sealed record StudentInfo(Guid Id, string IdentityNumber, string FirstName, string LastName);
