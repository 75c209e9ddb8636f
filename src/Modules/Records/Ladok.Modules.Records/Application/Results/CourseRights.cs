using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>
/// Reporting and attesting need a right on the course (rapporteringsrätt, attesteringsrätt) on
/// top of the profile's function, which the field's policy checks. Asked once per course per use.
/// </summary>
public sealed class CourseRights(IPermissionQueries permissions)
{
    public async Task<DomainError?> RequireAsync(
        string userId, CourseRightKind kind, Guid courseId, string courseCode, Field field, CancellationToken cancellationToken) =>
        await permissions.HasCourseRightAsync(userId, kind, courseId, cancellationToken)
            ? null
            : DomainError.Forbidden(
                $"You have no {(kind == CourseRightKind.Report ? "reporting right (rapporteringsrätt)" : "attesting right (attesteringsrätt)")} on " +
                $"{courseCode}; a study administrator of the course's department can add one.",
                field);
}
