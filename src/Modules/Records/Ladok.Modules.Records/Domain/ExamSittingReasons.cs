using Ladok.Kernel.Errors;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Why the Records module refuses something about exam sittings (aktivitetstillfällen) and their sign-ups. A catalogue of its
/// own beside <see cref="RecordsReasons"/>, so the sittings' rules and texts stay in their own files. Texts in
/// <c>ExamSittingReasons.resx</c> (Swedish) and <c>ExamSittingReasons.en.resx</c>; the numbers in braces are the arguments.
/// </summary>
public static class ExamSittingReasons
{
    /// <summary>No exam sitting has the id. No arguments.</summary>
    public static readonly ErrorReason ExamSittingNotFound = Reason("EXAM_SITTING_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>A sitting that ends before it starts. {0} the end, {1} the start.</summary>
    public static readonly ErrorReason ExamSittingEndsBeforeStart = Reason("EXAM_SITTING_ENDS_BEFORE_START", ErrorCode.Validation);

    /// <summary>A sign-up window that opens after it closes, or closes on or after the sitting's day. {0} opens, {1} closes, {2} the sitting's day.</summary>
    public static readonly ErrorReason SignUpWindow = Reason("SIGN_UP_WINDOW", ErrorCode.Validation);

    /// <summary>No seat, or fewer seats than students signed up. {0} the seats asked for, {1} those signed up.</summary>
    public static readonly ErrorReason ExamSittingCapacity = Reason("EXAM_SITTING_CAPACITY", ErrorCode.Validation);

    /// <summary>A change or a sign-up on a cancelled sitting. {0} the course code, {1} when the sitting was to start.</summary>
    public static readonly ErrorReason ExamSittingCancelled = Reason("EXAM_SITTING_CANCELLED", ErrorCode.InvalidState);

    /// <summary>Signing up, or taking a sign-up back, outside the window. {0} the first day, {1} the last day.</summary>
    public static readonly ErrorReason SignUpClosed = Reason("SIGN_UP_CLOSED", ErrorCode.Validation);

    /// <summary>Every seat is taken. {0} those signed up, {1} the seats.</summary>
    public static readonly ErrorReason ExamSittingFull = Reason("EXAM_SITTING_FULL", ErrorCode.Conflict);

    /// <summary>The student has signed up before. {0} the course code, {1} when the sitting starts.</summary>
    public static readonly ErrorReason AlreadySignedUp = Reason("ALREADY_SIGNED_UP", ErrorCode.Conflict);

    /// <summary>Taking back a sign-up the student does not have. {0} the course code, {1} when the sitting starts.</summary>
    public static readonly ErrorReason NotSignedUp = Reason("NOT_SIGNED_UP", ErrorCode.NotFound);

    /// <summary>
    /// The student has no registration that lets them sign up: none on an offering of the version examined that is not withdrawn
    /// or dropped out. {0} the course code.
    /// </summary>
    public static readonly ErrorReason NotRegisteredOnCourse = Reason("NOT_REGISTERED_ON_COURSE", ErrorCode.Validation);

    /// <summary>An anonymous code no sign-up at the sitting has (one of another sitting, or none). {0} the code as written.</summary>
    public static readonly ErrorReason AnonymousCodeNotFound = Reason("ANONYMOUS_CODE_NOT_FOUND", ErrorCode.NotFound);
    public static readonly ErrorReason CodeWithoutSitting = Reason("CODE_WITHOUT_SITTING", ErrorCode.Validation);

    /// <summary>
    /// Results by code for a sitting that examines something else than the batch reports: another course version or module.
    /// {0} the sitting's course code, {1} its module (or the course).
    /// </summary>
    public static readonly ErrorReason ExamSittingOfOtherExam = Reason("EXAM_SITTING_OF_OTHER_EXAM", ErrorCode.Validation);

    /// <summary>
    /// The student a code stands for is not registered on the batch's offering (they signed up on a registration on another offering
    /// of the version). {0} the code, {1} the offering's course code and term.
    /// </summary>
    public static readonly ErrorReason SignUpOnOtherOffering = Reason("SIGN_UP_ON_OTHER_OFFERING", ErrorCode.Validation);

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(ExamSittingReasons), name, code);
}
