using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// The field's policy only says the caller may register somewhere; departments own their students'
/// registrations, so each use checks the right again at the department (or a unit above it).
/// </summary>
public sealed class Registrars(IPermissionQueries permissions, ICatalogueQueries catalogue)
{
    /// <summary>
    /// FORBIDDEN on <paramref name="field"/> unless the user may register at the department; <paramref name="what"/> says what
    /// they tried, <paramref name="onWhat"/> on which course or programme.
    /// </summary>
    public async Task<DomainError?> RefusedAsync(
        string userId, Guid departmentId, Wording what, string onWhat, Field field, CancellationToken cancellationToken)
    {
        if (await permissions.HasFunctionAtAsync(userId, RecordsPolicies.Register, departmentId, cancellationToken)) return null;

        var department = await catalogue.GetOrganisationUnitAsync(departmentId, cancellationToken);
        var named = department is null ? RecordsReasons.TheDepartment : RecordsReasons.Department(department.Code, department.NameEn);
        return DomainError.Of(RecordsReasons.NoRegisteringRight, field, what, onWhat, RecordsPolicies.Register, named);
    }
}
