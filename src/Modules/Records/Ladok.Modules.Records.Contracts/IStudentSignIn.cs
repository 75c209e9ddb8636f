namespace Ladok.Modules.Records.Contracts;

/// <summary>
/// Which student a signed-in person is: the host asks it after sign-in with the claim the university's profile names, so only
/// the Records module reads its students.
/// </summary>
public interface IStudentSignIn
{
    /// <summary>The student whose identity number this is, in any usual form (SWAMID's twelve digits, say); null when none is.</summary>
    Task<SignedInStudent?> FindByIdentityNumberAsync(string identityNumber, CancellationToken cancellationToken);

    /// <summary>The student with this eduPersonPrincipalName stored, ignoring case; null when none has it.</summary>
    Task<SignedInStudent?> FindByPrincipalNameAsync(string principalName, CancellationToken cancellationToken);
}

/// <summary>A student as sign-in finds them.</summary>
/// <param name="StudentId">The student's own id.</param>
/// <param name="IdentityNumber">Twelve characters, as in <see cref="StudentInfo"/>.</param>
/// <param name="PrincipalName">The eduPersonPrincipalName stored; null when none is.</param>
public sealed record SignedInStudent(Guid StudentId, string IdentityNumber, string? PrincipalName);

/// <summary>
/// The demo students a developer signs in as (<c>stud01</c> … <c>stud05</c>): the demo seed stores these principal names on
/// five of its students, and development tokens find them by it.
/// </summary>
public static class DemoStudents
{
    /// <summary>How many demo students sign in.</summary>
    public const int Count = 5;

    /// <summary>The user id of the <paramref name="number"/>th demo student (from 1): <c>stud01</c>.</summary>
    public static string UserId(int number) => $"stud{number:00}";

    /// <summary>The demo student's eduPersonPrincipalName at the university: <c>stud01@umu.se</c>.</summary>
    public static string PrincipalName(string universityCode, int number) => $"{UserId(number)}@{universityCode.ToLowerInvariant()}.se";
}
