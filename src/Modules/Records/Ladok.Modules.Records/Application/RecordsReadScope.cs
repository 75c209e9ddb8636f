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

    public async Task<IReadOnlyList<Registration>> VisibleAsync(IEnumerable<Registration> registrations, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var visible = new List<Registration>();
        foreach (var registration in registrations)
        {
            if (await MayReadAsync(registration.DepartmentId, caller, cancellationToken)) visible.Add(registration);
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
