using System.Security.Claims;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>How much of a sitting's sign-ups a caller sees.</summary>
public enum SignUpView
{
    /// <summary>Nothing: not staff of the course (a student sees only their own sign-up, through <c>mySignUp</c>).</summary>
    None,

    /// <summary>Codes and sign-up times, not who: a teacher grading anonymously (a reporting right on the course), or a reader of records.</summary>
    Codes,

    /// <summary>Codes and the students they stand for: the examiner (an attesting right on the course) and the department's study administrators.</summary>
    Students,
}

/// <summary>
/// Who may resolve a sitting's anonymous codes to students (docs/domain.md, "Exam sittings"): the examiner, who decides the grades
/// (HF 6 kap. 18 §), and the study administrators of the course's department, who plan the sitting and keep its lists. A teacher
/// with only the reporting right grades by code and sees codes alone, so the grading stays blind until the results are reported.
/// </summary>
public sealed class ExamSittingAccess(IPermissionQueries permissions)
{
    public async Task<SignUpView> ViewAsync(ExamSitting sitting, ClaimsPrincipal? caller, CancellationToken cancellationToken)
    {
        if (CallerIdentity.UserIdOf(caller) is not { } userId || CallerIdentity.StudentIdOf(caller) is not null) return SignUpView.None;
        if (await permissions.HasCourseRightAsync(userId, CourseRightKind.Attest, sitting.CourseId, cancellationToken)
            || await permissions.HasFunctionAtAsync(userId, RecordsPolicies.Register, sitting.DepartmentId, cancellationToken))
        {
            return SignUpView.Students;
        }

        return await permissions.HasCourseRightAsync(userId, CourseRightKind.Report, sitting.CourseId, cancellationToken)
            || await permissions.HasFunctionAtAsync(userId, RecordsPolicies.Read, sitting.DepartmentId, cancellationToken)
            ? SignUpView.Codes
            : SignUpView.None;
    }
}
