using Ladok.Kernel.Errors;

namespace Ladok.Modules.Permissions.Domain;

/// <summary>
/// Why the Permissions module refuses something. Texts in <c>PermissionReasons.resx</c> (Swedish) and
/// <c>PermissionReasons.en.resx</c>; the numbers in braces are the arguments each reason's error carries.
/// </summary>
public static class PermissionReasons
{
    /// <summary>No permission profile has the code. {0} the code.</summary>
    public static readonly ErrorReason ProfileNotFound = Reason("PROFILE_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>An application without a motivation. No arguments.</summary>
    public static readonly ErrorReason MotivationMissing = Reason("MOTIVATION_MISSING", ErrorCode.Validation);

    /// <summary>The caller has a pending application for the profile at the unit. {0} the profile, {1} the unit.</summary>
    public static readonly ErrorReason ApplicationPending = Reason("APPLICATION_PENDING", ErrorCode.Conflict);

    /// <summary>The user already holds the profile at the unit. {0} the user, {1} the profile, {2} the unit.</summary>
    public static readonly ErrorReason PermissionHeld = Reason("PERMISSION_HELD", ErrorCode.Conflict);

    /// <summary>No such application. No arguments.</summary>
    public static readonly ErrorReason ApplicationNotFound = Reason("APPLICATION_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>The caller's own application. No arguments.</summary>
    public static readonly ErrorReason OwnApplication = Reason("OWN_APPLICATION", ErrorCode.Forbidden);

    /// <summary>The caller decides at another unit. {0} the application's unit.</summary>
    public static readonly ErrorReason NotDeciderAtUnit = Reason("NOT_DECIDER_AT_UNIT", ErrorCode.Forbidden);

    /// <summary>The permission's last day is in the past. {0} the day.</summary>
    public static readonly ErrorReason LastDayPassed = Reason("LAST_DAY_PASSED", ErrorCode.Validation);

    /// <summary>
    /// The profile needs a training the applicant has not completed. {0} the applicant, {1} the trainings (a <see cref="Wording"/>), {2} the profile.
    /// </summary>
    public static readonly ErrorReason TrainingMissing = Reason("TRAINING_MISSING", ErrorCode.Validation);

    /// <summary>Someone other than the applicant tries to withdraw an application. No arguments.</summary>
    public static readonly ErrorReason NotApplicant = Reason("NOT_APPLICANT", ErrorCode.Forbidden);

    /// <summary>The application was decided before. {0} approved, rejected or withdrawn (a <see cref="Wording"/>), {1} by whom.</summary>
    public static readonly ErrorReason ApplicationDecided = Reason("APPLICATION_DECIDED", ErrorCode.Conflict);

    /// <summary>A rejection without a reason. No arguments.</summary>
    public static readonly ErrorReason RejectionReasonMissing = Reason("REJECTION_REASON_MISSING", ErrorCode.Validation);

    /// <summary>No such permission (grant). No arguments.</summary>
    public static readonly ErrorReason PermissionNotFound = Reason("PERMISSION_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>Someone other than the holder, the unit's prefekt or an administrator ends a permission. {0} the unit.</summary>
    public static readonly ErrorReason NotAllowedToEnd = Reason("NOT_ALLOWED_TO_END", ErrorCode.Forbidden);

    /// <summary>The permission has ended before. {0} the day, {1} by whom.</summary>
    public static readonly ErrorReason PermissionEnded = Reason("PERMISSION_ENDED", ErrorCode.Conflict);

    /// <summary>Ending a permission without a reason. No arguments.</summary>
    public static readonly ErrorReason EndReasonMissing = Reason("END_REASON_MISSING", ErrorCode.Validation);

    /// <summary>No course has the code. {0} the code.</summary>
    public static readonly ErrorReason CourseNotFound = Reason("COURSE_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>Adding a course right without the right at the course's department. {0} the course.</summary>
    public static readonly ErrorReason NotCourseRightsAdministrator = Reason("NOT_COURSE_RIGHTS_ADMINISTRATOR", ErrorCode.Forbidden);

    /// <summary>Revoking a course right without the right at the course's department. {0} the course.</summary>
    public static readonly ErrorReason NotCourseRightsRevoker = Reason("NOT_COURSE_RIGHTS_REVOKER", ErrorCode.Forbidden);

    /// <summary>No user has the id. {0} the id.</summary>
    public static readonly ErrorReason UserNotFound = Reason("USER_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>The user already has the course right. {0} the user, {1} the right (a <see cref="Wording"/>), {2} the course.</summary>
    public static readonly ErrorReason CourseRightHeld = Reason("COURSE_RIGHT_HELD", ErrorCode.Conflict);

    /// <summary>No such course right. No arguments.</summary>
    public static readonly ErrorReason CourseRightNotFound = Reason("COURSE_RIGHT_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>The course right was revoked before. {0} by whom.</summary>
    public static readonly ErrorReason CourseRightRevoked = Reason("COURSE_RIGHT_REVOKED", ErrorCode.Conflict);

    /// <summary>Revoking a course right without a reason. No arguments.</summary>
    public static readonly ErrorReason RevocationReasonMissing = Reason("REVOCATION_REASON_MISSING", ErrorCode.Validation);

    /// <summary>The audit trail of an object the caller may not read, or that does not exist. {0} its type.</summary>
    public static readonly ErrorReason TrailNotFound = Reason("TRAIL_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>A user id of the wrong length. No arguments.</summary>
    public static readonly ErrorReason InvalidUserId = Reason("INVALID_USER_ID", ErrorCode.Validation);

    /// <summary>The user exists. {0} the id.</summary>
    public static readonly ErrorReason UserExists = Reason("USER_EXISTS", ErrorCode.Conflict);

    internal static readonly Wording Name = new("Namn", "A name");

    internal static Wording Decided(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Approved => new("beviljats", "approved"),
        ApplicationStatus.Withdrawn => new("återkallats", "withdrawn"),
        _ => new("avslagits", "rejected"),
    };

    internal static Wording Right(Contracts.CourseRightKind kind) => kind == Contracts.CourseRightKind.Report
        ? new("rapporteringsrätt", "reporting right")
        : new("attesteringsrätt", "attesting right");

    /// <summary>Who holds permissions at a unit, asked for by someone other than the unit's prefekt or an administrator above it. No arguments.</summary>
    public static readonly ErrorReason HoldersHidden = Reason("HOLDERS_HIDDEN", ErrorCode.Forbidden);

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(PermissionReasons), name, code);
}
