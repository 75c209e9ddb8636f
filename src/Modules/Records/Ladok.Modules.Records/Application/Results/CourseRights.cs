using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>
/// Reporting and attesting need a right on the course (rapporteringsrätt, attesteringsrätt) on
/// top of the profile's function, which the field's policy checks. Asked once per course per use.
/// Who decides a credit transfer is the university's choice (<see cref="CreditTransferAttestation"/>).
/// </summary>
public sealed class CourseRights(IPermissionQueries permissions, CreditTransferAttestation creditTransfers)
{
    public async Task<DomainError?> RequireAsync(
        string userId, CourseRightKind kind, Guid courseId, string courseCode, Field field, CancellationToken cancellationToken) =>
        await permissions.HasCourseRightAsync(userId, kind, courseId, cancellationToken)
            ? null
            : DomainError.Of(RecordsReasons.NoCourseRight, field, RecordsReasons.Right(kind), courseCode);

    /// <summary>The right to take a step on <paramref name="result"/>: the course right, or for deciding a credit transfer what the university chose.</summary>
    public async Task<DomainError?> RequireAsync(string userId, CourseRightKind kind, Result result, Field field, CancellationToken cancellationToken)
    {
        if (kind != CourseRightKind.Attest || !DecidedByDepartment(result))
        {
            return await RequireAsync(userId, kind, result.CourseId, result.CourseCode, field, cancellationToken);
        }

        return await permissions.HasFunctionAtAsync(userId, RecordsPolicies.Attest, result.DepartmentId, cancellationToken)
            ? null
            : DomainError.Of(RecordsReasons.NoTransferDecidingRight, field, result.CourseCode, RecordsPolicies.Attest);
    }

    /// <summary>Whether the university lets its departments' attestants decide <paramref name="result"/>, a credit transfer, without a course right.</summary>
    public bool DecidedByDepartment(Result result) =>
        result.Origin == ResultOrigin.CreditTransfer && creditTransfers.Attesters == CreditTransferAttesters.DepartmentAttestants;
}
