using Ladok.Modules.Permissions.Contracts;

namespace Ladok.Testing;

/// <summary>
/// The Permissions module's facade for a module's tests: a user holds a function at the units they are granted it and every
/// unit below them in the catalogue's tree (the small Umeå of <see cref="FakeCatalogue"/> unless another is given), and the
/// course rights they are granted.
/// </summary>
public sealed class FakePermissions(FakeCatalogue? tree = null) : IPermissionQueries
{
    private readonly FakeCatalogue catalogue = tree ?? new FakeCatalogue();
    private readonly Dictionary<(string User, string Policy), HashSet<Guid>> grants = [];
    private readonly HashSet<(string User, CourseRightKind Kind, Guid Course)> courseRights = [];

    public void Grant(string userId, string policy, Guid unit)
    {
        if (!grants.TryGetValue((userId, policy), out var units)) grants[(userId, policy)] = units = [];
        units.Add(unit);
    }

    public void GrantCourseRight(string userId, CourseRightKind kind, Guid courseId) => courseRights.Add((userId, kind, courseId));

    public async Task<bool> HasFunctionAtAsync(string userId, string policy, Guid organisationUnitId, CancellationToken cancellationToken)
    {
        if (!grants.TryGetValue((userId, policy), out var units)) return false;
        var unit = await catalogue.GetOrganisationUnitAsync(organisationUnitId, cancellationToken);
        return unit is not null && (units.Contains(unit.Id) || unit.Ancestors.Any(units.Contains));
    }

    public Task<bool> HasFunctionAnywhereAsync(string userId, string policy, CancellationToken cancellationToken) =>
        Task.FromResult(grants.TryGetValue((userId, policy), out var units) && units.Count > 0);

    public Task<bool> HasCourseRightAsync(string userId, CourseRightKind kind, Guid courseId, CancellationToken cancellationToken) =>
        Task.FromResult(courseRights.Contains((userId, kind, courseId)));

    public Task<IReadOnlyList<Guid>> CoursesWithRightAsync(string userId, CourseRightKind kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>(courseRights.Where(r => r.User == userId && r.Kind == kind).Select(r => r.Course).Distinct().ToList());
}
