namespace Ladok.Modules.Permissions.Contracts;

/// <summary>What other modules may ask about a user's rights, scoped to where they apply.</summary>
public interface IPermissionQueries
{
    /// <summary>Whether the user holds the function <paramref name="policy"/> at the unit, through a grant there or at a unit above it.</summary>
    Task<bool> HasFunctionAtAsync(string userId, string policy, Guid organisationUnitId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the user holds the function <paramref name="policy"/> at any unit, for rights that are not about one unit (university-wide exports).
    /// </summary>
    Task<bool> HasFunctionAnywhereAsync(string userId, string policy, CancellationToken cancellationToken);

    /// <summary>Whether the user has the course right of <paramref name="kind"/> on the course.</summary>
    Task<bool> HasCourseRightAsync(string userId, CourseRightKind kind, Guid courseId, CancellationToken cancellationToken);

    /// <summary>The courses on which the user has a course right of <paramref name="kind"/> (an attestant's queue, say).</summary>
    Task<IReadOnlyList<Guid>> CoursesWithRightAsync(string userId, CourseRightKind kind, CancellationToken cancellationToken);
}

/// <summary>Rapporteringsrätt or attesteringsrätt on a course.</summary>
public enum CourseRightKind
{
    Report,
    Attest,
}
