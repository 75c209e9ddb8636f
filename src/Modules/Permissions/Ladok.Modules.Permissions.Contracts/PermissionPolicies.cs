namespace Ladok.Modules.Permissions.Contracts;

/// <summary>
/// The Permissions module's own policies. A policy is the name of a function: a caller passes
/// it when a profile they hold (in an active grant) has that function.
/// </summary>
public static class PermissionPolicies
{
    /// <summary>Decide on applications and end permissions at a unit (prefekt, administrator).</summary>
    public const string Decide = "permissions.decide";

    /// <summary>Add and revoke course reporting/attesting rights (study administrators of the course's department).</summary>
    public const string GrantCourseRights = "permissions.course-rights";

    /// <summary>Create users before their first sign-in (administrators).</summary>
    public const string ManageUsers = "permissions.users";
}

/// <summary>The standard permission profiles (behörighetsprofiler).</summary>
public static class ProfileCodes
{
    public const string Administrator = "ADMINISTRATOR";
    public const string HeadOfDepartment = "HEAD_OF_DEPARTMENT";
    public const string StudyAdministrator = "STUDY_ADMINISTRATOR";
    public const string ResultReporter = "RESULT_REPORTER";
    public const string Examiner = "EXAMINER";
    public const string Reader = "READER";
}
