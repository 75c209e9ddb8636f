using Ladok.Kernel.Errors;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Why the Records module refuses something, for the rules given a reason of their own so far (the others carry their
/// code's reason and an English message). Texts in <c>RecordsReasons.resx</c> (Swedish) and <c>RecordsReasons.en.resx</c>;
/// the numbers in braces are the arguments each reason's error carries.
/// </summary>
public static class RecordsReasons
{
    /// <summary>No identity number given. No arguments.</summary>
    public static readonly ErrorReason IdentityNumberMissing = Reason("IDENTITY_NUMBER_MISSING", ErrorCode.Validation);

    /// <summary>Characters other than digits and one separator. {0} as written.</summary>
    public static readonly ErrorReason IdentityNumberCharacters = Reason("IDENTITY_NUMBER_CHARACTERS", ErrorCode.Validation);

    /// <summary>Neither 10 nor 12 digits. {0} as written, {1} the digits.</summary>
    public static readonly ErrorReason IdentityNumberLength = Reason("IDENTITY_NUMBER_LENGTH", ErrorCode.Validation);

    /// <summary>The separator elsewhere than before the last four digits, or twice. {0} as written.</summary>
    public static readonly ErrorReason IdentityNumberSeparator = Reason("IDENTITY_NUMBER_SEPARATOR", ErrorCode.Validation);

    /// <summary>'+' for someone who has not turned 100. {0} as written, {1} the year of birth, {2} the year they turn 100.</summary>
    public static readonly ErrorReason IdentityNumberPlus = Reason("IDENTITY_NUMBER_PLUS", ErrorCode.Validation);

    /// <summary>The Luhn check digit is wrong. {0} as written, {1} its last digit, {2} the nine digits checked, {3} the right digit.</summary>
    public static readonly ErrorReason IdentityNumberCheckDigit = Reason("IDENTITY_NUMBER_CHECK_DIGIT", ErrorCode.Validation);

    /// <summary>A month that does not exist. {0} the date as written, {1} the month.</summary>
    public static readonly ErrorReason IdentityNumberMonth = Reason("IDENTITY_NUMBER_MONTH", ErrorCode.Validation);

    /// <summary>A day the month does not have. {0} the date as written, {1} the month (its first day), {2} its days.</summary>
    public static readonly ErrorReason IdentityNumberDay = Reason("IDENTITY_NUMBER_DAY", ErrorCode.Validation);

    /// <summary>As <see cref="IdentityNumberDay"/>, for a samordningsnummer (day plus 60).</summary>
    public static readonly ErrorReason CoordinationNumberDay = Reason("COORDINATION_NUMBER_DAY", ErrorCode.Validation);

    /// <summary>A date of birth after today. {0} the date of birth, {1} today.</summary>
    public static readonly ErrorReason BirthDateInFuture = Reason("BIRTH_DATE_IN_FUTURE", ErrorCode.Validation);

    /// <summary>Not the form of an interim number. {0} as written.</summary>
    public static readonly ErrorReason NotAnInterimNumber = Reason("NOT_AN_INTERIM_NUMBER", ErrorCode.Validation);

    /// <summary>An interim number that is a valid personnummer. {0} as written.</summary>
    public static readonly ErrorReason InterimNumberIsPersonal = Reason("INTERIM_NUMBER_IS_PERSONAL", ErrorCode.Validation);

    /// <summary>A step that needs an open result, on an attested one (or one whose removal is requested). No arguments.</summary>
    public static readonly ErrorReason ResultAttested = Reason("RESULT_ATTESTED", ErrorCode.InvalidState);

    /// <summary>
    /// The caller lacks the reporting or attesting right on the course; any examiner with the attesting right decides, named or
    /// not. {0} the right (a <see cref="Wording"/>), {1} the course.
    /// </summary>
    public static readonly ErrorReason NoCourseRight = Reason("NO_COURSE_RIGHT", ErrorCode.Forbidden);

    private static readonly Wording ReportingRight = new("rapporteringsrätt", "reporting right (rapporteringsrätt)");
    private static readonly Wording AttestingRight = new("attesteringsrätt", "attesting right (attesteringsrätt)");

    /// <summary>The course right's name, an argument of <see cref="NoCourseRight"/>.</summary>
    public static Wording Right(Permissions.Contracts.CourseRightKind kind) =>
        kind == Permissions.Contracts.CourseRightKind.Report ? ReportingRight : AttestingRight;

    /// <summary>A suspension that ends before it starts. {0} its first day, {1} its last.</summary>
    public static readonly ErrorReason SuspensionEndsBeforeStart = Reason("SUSPENSION_ENDS_BEFORE_START", ErrorCode.Validation);

    /// <summary>A suspension longer than the law allows. {0} its first day, {1} its last, {2} the most months.</summary>
    public static readonly ErrorReason SuspensionTooLong = Reason("SUSPENSION_TOO_LONG", ErrorCode.Validation);

    /// <summary>A fee payment recorded for a term the student is not fee-paying in. {0} the term.</summary>
    public static readonly ErrorReason NotFeePaying = Reason("NOT_FEE_PAYING", ErrorCode.Validation);

    /// <summary>Self-registration without an admission to the offering, or on its reserve list. {0} the course code, {1} the offering's term.</summary>
    public static readonly ErrorReason NotAdmitted = Reason("NOT_ADMITTED", ErrorCode.Forbidden);

    /// <summary>Self-registration while conditionally admitted. {0} the course code.</summary>
    public static readonly ErrorReason AdmissionConditional = Reason("ADMISSION_CONDITIONAL", ErrorCode.Forbidden);

    /// <summary>Self-registration outside the window, or on an offering with none. {0} the course code.</summary>
    public static readonly ErrorReason WindowClosed = Reason("WINDOW_CLOSED", ErrorCode.Validation);

    /// <summary>Self-registration on an offering the student is registered on for the term. {0} the course code, {1} the term.</summary>
    public static readonly ErrorReason AlreadyRegistered = Reason("ALREADY_REGISTERED", ErrorCode.Conflict);

    /// <summary>Self-registration in a fee-paying term whose fee is not recorded as paid. {0} the term.</summary>
    public static readonly ErrorReason FeeNotPaid = Reason("FEE_NOT_PAID", ErrorCode.Validation);

    /// <summary>Self-registration while suspended. {0} the suspension's last day.</summary>
    public static readonly ErrorReason Suspended = Reason("SUSPENDED", ErrorCode.Forbidden);

    /// <summary>Withdrawing oneself from an offering one is not registered on. {0} the course code.</summary>
    public static readonly ErrorReason NotRegistered = Reason("NOT_REGISTERED", ErrorCode.NotFound);

    /// <summary>Withdrawing oneself after the time the university allows. {0} the course code, {1} the last day it was allowed.</summary>
    public static readonly ErrorReason WithdrawalClosed = Reason("WITHDRAWAL_CLOSED", ErrorCode.Validation);

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(RecordsReasons), name, code);
}
