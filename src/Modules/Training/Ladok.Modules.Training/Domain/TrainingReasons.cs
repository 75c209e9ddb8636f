using Ladok.Kernel.Errors;

namespace Ladok.Modules.Training.Domain;

/// <summary>
/// Why the Training module refuses something. Texts in <c>TrainingReasons.resx</c> (Swedish) and
/// <c>TrainingReasons.en.resx</c>; the numbers in braces are the arguments each reason's error carries.
/// </summary>
public static class TrainingReasons
{
    /// <summary>Not a training code. {0} the code, {1} the longest.</summary>
    public static readonly ErrorReason InvalidTrainingCode = Reason("INVALID_TRAINING_CODE", ErrorCode.Validation);

    /// <summary>No training has the code. {0} the code.</summary>
    public static readonly ErrorReason TrainingNotFound = Reason("TRAINING_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>No such training session. No arguments.</summary>
    public static readonly ErrorReason SessionNotFound = Reason("SESSION_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>A training valid for less than a month. {0} the months given.</summary>
    public static readonly ErrorReason InvalidValidity = Reason("INVALID_VALIDITY", ErrorCode.Validation);

    /// <summary>A completion dated after today. {0} the date, {1} today.</summary>
    public static readonly ErrorReason CompletionInFuture = Reason("COMPLETION_IN_FUTURE", ErrorCode.Validation);

    /// <summary>A session without a seat. {0} the seats given.</summary>
    public static readonly ErrorReason NoSeats = Reason("NO_SEATS", ErrorCode.Validation);

    /// <summary>A session that ends before it starts. {0} its end, {1} its start.</summary>
    public static readonly ErrorReason SessionEndsBeforeStart = Reason("SESSION_ENDS_BEFORE_START", ErrorCode.Validation);

    /// <summary>The same session (training and start) scheduled twice. No arguments.</summary>
    public static readonly ErrorReason SessionExists = Reason("SESSION_EXISTS", ErrorCode.Conflict);

    /// <summary>The caller already has a seat at the session. No arguments.</summary>
    public static readonly ErrorReason AlreadyEnrolled = Reason("ALREADY_ENROLLED", ErrorCode.Conflict);

    /// <summary>Enrolment after the session started. {0} when it started (UTC).</summary>
    public static readonly ErrorReason SessionStarted = Reason("SESSION_STARTED", ErrorCode.Validation);

    /// <summary>Every seat of the session is taken. {0} its seats.</summary>
    public static readonly ErrorReason SessionFull = Reason("SESSION_FULL", ErrorCode.Conflict);

    /// <summary>Giving back a seat one does not have. No arguments.</summary>
    public static readonly ErrorReason NoSeat = Reason("NO_SEAT", ErrorCode.NotFound);

    /// <summary>Giving back a seat after the session started. {0} when it started (UTC).</summary>
    public static readonly ErrorReason SeatAfterStart = Reason("SEAT_AFTER_START", ErrorCode.Validation);

    internal static readonly Wording Name = new("Namn", "A name");
    internal static readonly Wording Location = new("Plats", "A location");
    internal static readonly Wording UserId = new("Användar-id", "A user id");

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(TrainingReasons), name, code);
}
