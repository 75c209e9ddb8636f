using System.Security.Claims;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Departments own their students' activity data: a registration is shown to callers who may
/// read records at its department or a unit above it. One per request; each department asked once.
/// </summary>
public sealed class RecordsReadScope(IPermissionQueries permissions)
{
    private readonly Dictionary<Guid, Task<bool>> byDepartment = [];
    private readonly Lock gate = new();

    public Task<IReadOnlyList<Registration>> VisibleAsync(
        IEnumerable<Registration> registrations, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        VisibleAsync(registrations, r => r.DepartmentId, caller, cancellationToken);

    public Task<IReadOnlyList<Result>> VisibleAsync(IEnumerable<Result> results, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        VisibleAsync(results, r => r.DepartmentId, caller, cancellationToken);

    public Task<IReadOnlyList<ProgrammeRegistration>> VisibleAsync(
        IEnumerable<ProgrammeRegistration> registrations, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        VisibleAsync(registrations, r => r.DepartmentId, caller, cancellationToken);

    private async Task<IReadOnlyList<T>> VisibleAsync<T>(
        IEnumerable<T> items, Func<T, Guid> departmentOf, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var visible = new List<T>();
        foreach (var item in items)
        {
            if (await MayReadAsync(departmentOf(item), caller, cancellationToken)) visible.Add(item);
        }
        return visible;
    }

    public Task<bool> MayReadAsync(Guid departmentId, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (CallerIdentity.UserIdOf(caller) is not { } userId) return Task.FromResult(false);
        lock (gate)
        {
            if (!byDepartment.TryGetValue(departmentId, out var allowed))
            {
                allowed = permissions.HasFunctionAtAsync(userId, RecordsPolicies.Read, departmentId, cancellationToken);
                byDepartment[departmentId] = allowed;
            }
            return allowed;
        }
    }
}
