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
    public static readonly ErrorReason PrincipalNameShape = Reason("PRINCIPAL_NAME_SHAPE", ErrorCode.Validation);

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

    /// <summary>No such programme. No arguments.</summary>
    public static readonly ErrorReason ProgrammeNotFound = Reason("PROGRAMME_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>No such course registration. No arguments.</summary>
    public static readonly ErrorReason RegistrationNotFound = Reason("REGISTRATION_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>No such programme registration. No arguments.</summary>
    public static readonly ErrorReason ProgrammeRegistrationNotFound = Reason("PROGRAMME_REGISTRATION_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>No such result. No arguments.</summary>
    public static readonly ErrorReason ResultNotFound = Reason("RESULT_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>The course version a result or offering is on is gone from the catalogue. {0} the course (and term).</summary>
    public static readonly ErrorReason CourseVersionGone = Reason("COURSE_VERSION_GONE", ErrorCode.NotFound);

    /// <summary>The course version has no module with the code. {0} the course, {1} the version, {2} the module given, {3} the version's modules.</summary>
    public static readonly ErrorReason ModuleNotFound = Reason("MODULE_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>
    /// The caller may not register at the department of the offering or programme. {0} what was tried (a Wording), {1} on what,
    /// {2} the permission needed, {3} the department (a Wording).
    /// </summary>
    public static readonly ErrorReason NoRegisteringRight = Reason("NO_REGISTERING_RIGHT", ErrorCode.Forbidden);

    /// <summary>Recording a credit transfer without the registering right at the course's department. {0} the course, {1} the permission needed.</summary>
    public static readonly ErrorReason NoTransferRight = Reason("NO_TRANSFER_RIGHT", ErrorCode.Forbidden);

    /// <summary>Deciding a credit transfer without the attesting right at the course's department. {0} the course, {1} the permission needed.</summary>
    public static readonly ErrorReason NoTransferDecidingRight = Reason("NO_TRANSFER_DECIDING_RIGHT", ErrorCode.Forbidden);

    /// <summary>Deciding a credit transfer one recorded oneself. {0} the decider, {1} the step (a Wording).</summary>
    public static readonly ErrorReason OwnCreditTransfer = Reason("OWN_CREDIT_TRANSFER", ErrorCode.Forbidden);

    /// <summary>Another student has the identity number. {0} the number.</summary>
    public static readonly ErrorReason IdentityNumberTaken = Reason("IDENTITY_NUMBER_TAKEN", ErrorCode.Conflict);

    /// <summary>The number was another student's before it was replaced. {0} the number.</summary>
    public static readonly ErrorReason IdentityNumberReplaced = Reason("IDENTITY_NUMBER_REPLACED", ErrorCode.Conflict);

    /// <summary>Changing an identity number to the one the student has. {0} the student, {1} the number.</summary>
    public static readonly ErrorReason SameIdentityNumber = Reason("SAME_IDENTITY_NUMBER", ErrorCode.Validation);

    /// <summary>An interim number for a student who has a personnummer or samordningsnummer. {0} the student, {1} the kind of number.</summary>
    public static readonly ErrorReason HasRealNumber = Reason("HAS_REAL_NUMBER", ErrorCode.Validation);

    /// <summary>A row naming its student by something that is no identity number. {0} as written.</summary>
    public static readonly ErrorReason NotAnIdentityNumber = Reason("NOT_AN_IDENTITY_NUMBER", ErrorCode.Validation);

    /// <summary>Not an email address. {0} as written.</summary>
    public static readonly ErrorReason InvalidEmail = Reason("INVALID_EMAIL", ErrorCode.Validation);

    /// <summary>Registering on a cancelled offering. {0} the course, {1} the term, {2} the offering code.</summary>
    public static readonly ErrorReason RegistrationOnCancelledOffering = Reason("REGISTRATION_ON_CANCELLED_OFFERING", ErrorCode.Validation);

    /// <summary>
    /// The student is registered on the offering (for the term, when they register themself). {0} the course, {1} the term, {2} the
    /// offering code.
    /// </summary>
    public static readonly ErrorReason AlreadyRegistered = Reason("ALREADY_REGISTERED", ErrorCode.Conflict);

    /// <summary>
    /// A first-time registration (FFG) for a student registered on the course before. {0} the student, {1} the course, {2} the
    /// earlier offering code, {3} its term.
    /// </summary>
    public static readonly ErrorReason NotFirstRegistration = Reason("NOT_FIRST_REGISTRATION", ErrorCode.Validation);

    /// <summary>A continuation (FO) without a registration on the offering. {0} the student, {1} the course, {2} the term, {3} the offering code.</summary>
    public static readonly ErrorReason NothingToContinue = Reason("NOTHING_TO_CONTINUE", ErrorCode.Validation);

    /// <summary>
    /// A continuation (FO) on an offering that has no next term. {0} the course, {1} the term, {2} the offering code, {3} its
    /// end, {4} the next term, {5} the student.
    /// </summary>
    public static readonly ErrorReason NoNextTerm = Reason("NO_NEXT_TERM", ErrorCode.Conflict);

    /// <summary>A re-registration (OM) without an earlier registration on the course. {0} the course, {1} the student.</summary>
    public static readonly ErrorReason NoEarlierRegistration = Reason("NO_EARLIER_REGISTRATION", ErrorCode.Validation);

    /// <summary>The student is registered on the programme. {0} the student, {1} the programme.</summary>
    public static readonly ErrorReason AlreadyOnProgramme = Reason("ALREADY_ON_PROGRAMME", ErrorCode.Conflict);

    /// <summary>Neither or both of a course registration and a programme registration. No arguments.</summary>
    public static readonly ErrorReason RegistrationOrProgramme = Reason("REGISTRATION_OR_PROGRAMME", ErrorCode.Validation);

    /// <summary>A study break that ends before it starts. {0} its end, {1} its start.</summary>
    public static readonly ErrorReason BreakEndsBeforeStart = Reason("BREAK_ENDS_BEFORE_START", ErrorCode.Validation);

    /// <summary>A study break overlapping one recorded before. {0} the other break's start, {1} its end.</summary>
    public static readonly ErrorReason BreakOverlaps = Reason("BREAK_OVERLAPS", ErrorCode.Validation);

    /// <summary>
    /// A programme's study break overlapping one recorded on a course registration. {0} the course, {1} the term, {2} the other
    /// break's start, {3} its end.
    /// </summary>
    public static readonly ErrorReason CourseBreakOverlaps = Reason("COURSE_BREAK_OVERLAPS", ErrorCode.Validation);

    /// <summary>
    /// A course study break that does not start while the offering runs. {0} the course, {1} the term, {2} the offering's
    /// start, {3} its end.
    /// </summary>
    public static readonly ErrorReason BreakOutsideOffering = Reason("BREAK_OUTSIDE_OFFERING", ErrorCode.Validation);

    /// <summary>A programme study break starting before the student started the programme. {0} the programme, {1} the start term, {2} its first day.</summary>
    public static readonly ErrorReason BreakBeforeProgrammeStart = Reason("BREAK_BEFORE_PROGRAMME_START", ErrorCode.Validation);

    /// <summary>A resume term that starts before the study break ends. {0} the resume term, {1} its first day, {2} the break's end.</summary>
    public static readonly ErrorReason ResumeDuringBreak = Reason("RESUME_DURING_BREAK", ErrorCode.Validation);

    /// <summary>A study break on a programme the student dropped out of. {0} the programme, {1} the date.</summary>
    public static readonly ErrorReason ProgrammeDroppedOut = Reason("PROGRAMME_DROPPED_OUT", ErrorCode.InvalidState);

    /// <summary>A dropout from a programme the student dropped out of before. {0} the programme, {1} the date.</summary>
    public static readonly ErrorReason AlreadyDroppedOut = Reason("ALREADY_DROPPED_OUT", ErrorCode.InvalidState);

    /// <summary>A dropout dated after today. {0} the date given.</summary>
    public static readonly ErrorReason DropoutInFuture = Reason("DROPOUT_IN_FUTURE", ErrorCode.Validation);

    /// <summary>A programme dropout dated before the student started. {0} the programme, {1} the start term, {2} its first day.</summary>
    public static readonly ErrorReason DropoutBeforeProgrammeStart = Reason("DROPOUT_BEFORE_PROGRAMME_START", ErrorCode.Validation);

    /// <summary>
    /// A course dropout dated before the offering starts (the student withdraws instead). {0} the course, {1} the term, {2} the
    /// offering's start.
    /// </summary>
    public static readonly ErrorReason DropoutBeforeOfferingStart = Reason("DROPOUT_BEFORE_OFFERING_START", ErrorCode.Validation);

    /// <summary>A dropout dated on or before a passed result's examination. {0} the course, {1} the examination date.</summary>
    public static readonly ErrorReason DropoutBeforePassedResult = Reason("DROPOUT_BEFORE_PASSED_RESULT", ErrorCode.Validation);

    /// <summary>A programme dropout that would withdraw a course registration carrying results. {0} the course, {1} the term, {2} the date given.</summary>
    public static readonly ErrorReason ResultsAfterDropout = Reason("RESULTS_AFTER_DROPOUT", ErrorCode.Validation);

    /// <summary>The reason for a break or dropout is longer than allowed. {0} its length, {1} the most.</summary>
    public static readonly ErrorReason ReasonTooLong = Reason("REASON_TOO_LONG", ErrorCode.Validation);

    /// <summary>Removing a registration after the offering started (record a dropout instead). {0} the course, {1} the term, {2} its start.</summary>
    public static readonly ErrorReason RegistrationStarted = Reason("REGISTRATION_STARTED", ErrorCode.InvalidState);

    /// <summary>Removing a registration that carries results (record a dropout instead). No arguments.</summary>
    public static readonly ErrorReason RegistrationHasResults = Reason("REGISTRATION_HAS_RESULTS", ErrorCode.InvalidState);

    /// <summary>A change on a registration that was withdrawn. {0} the course, {1} the term, {2} the date, {3} what was tried (a Wording).</summary>
    public static readonly ErrorReason RegistrationWithdrawn = Reason("REGISTRATION_WITHDRAWN", ErrorCode.InvalidState);

    /// <summary>A change on a registration the student dropped out of. {0} the course, {1} the term, {2} the date, {3} what was tried (a Wording).</summary>
    public static readonly ErrorReason RegistrationDroppedOut = Reason("REGISTRATION_DROPPED_OUT", ErrorCode.InvalidState);

    /// <summary>
    /// A change on a registration whose course the student completed with a passing course grade. {0} the course, {1} the term,
    /// {2} what was tried (a Wording).
    /// </summary>
    public static readonly ErrorReason CourseCompleted = Reason("COURSE_COMPLETED", ErrorCode.InvalidState);

    /// <summary>The same term recorded as fee-paying at the same time by someone else. {0} the term.</summary>
    public static readonly ErrorReason FeePayingRecordedTwice = Reason("FEE_PAYING_RECORDED_TWICE", ErrorCode.Conflict);

    /// <summary>
    /// A grade the result's grading scale does not have. {0} the grade given, {1} the scale, {2} what is graded (a Wording),
    /// {3} the scale's grades.
    /// </summary>
    public static readonly ErrorReason GradeNotOnScale = Reason("GRADE_NOT_ON_SCALE", ErrorCode.Validation);

    /// <summary>A failing course grade over modules. {0} the grade.</summary>
    public static readonly ErrorReason CourseGradeFailing = Reason("COURSE_GRADE_FAILING", ErrorCode.Validation);

    /// <summary>A course grade before every module is passed and attested. {0} the course, {1} the modules missing.</summary>
    public static readonly ErrorReason ModulesMissing = Reason("MODULES_MISSING", ErrorCode.Validation);

    /// <summary>A course grade dated otherwise than by its last module. {0} the last module's date.</summary>
    public static readonly ErrorReason CourseGradeDate = Reason("COURSE_GRADE_DATE", ErrorCode.Validation);

    /// <summary>A result without its examination date. No arguments.</summary>
    public static readonly ErrorReason ExaminationDateMissing = Reason("EXAMINATION_DATE_MISSING", ErrorCode.Validation);

    /// <summary>An examination date after today. {0} the date.</summary>
    public static readonly ErrorReason ExaminationDateInFuture = Reason("EXAMINATION_DATE_IN_FUTURE", ErrorCode.Validation);

    /// <summary>An examination date before the offering started. {0} the date, {1} the offering's start.</summary>
    public static readonly ErrorReason ExaminationBeforeOffering = Reason("EXAMINATION_BEFORE_OFFERING", ErrorCode.Validation);

    /// <summary>A degree project's result without its project title. {0} the course.</summary>
    public static readonly ErrorReason ProjectTitleMissing = Reason("PROJECT_TITLE_MISSING", ErrorCode.Validation);

    /// <summary>A credit transfer that does not say where the credits were earned. {0} the most characters.</summary>
    public static readonly ErrorReason TransferOriginNeeded = Reason("TRANSFER_ORIGIN_NEEDED", ErrorCode.Validation);

    /// <summary>A credit transfer with a failing grade. {0} the grade.</summary>
    public static readonly ErrorReason TransferFailingGrade = Reason("TRANSFER_FAILING_GRADE", ErrorCode.Validation);

    /// <summary>A credit transfer of what the student passed with an attested grade. {0} the grade, {1} its examination date.</summary>
    public static readonly ErrorReason AlreadyPassed = Reason("ALREADY_PASSED", ErrorCode.Conflict);

    /// <summary>A credit transfer of the same waits for an attestant's decision. No arguments.</summary>
    public static readonly ErrorReason TransferPending = Reason("TRANSFER_PENDING", ErrorCode.Conflict);

    /// <summary>Marking a result ready without naming an examiner. No arguments.</summary>
    public static readonly ErrorReason ExaminerMissing = Reason("EXAMINER_MISSING", ErrorCode.Validation);

    /// <summary>Rejecting a result without a reason (or with a too long one). {0} the most characters.</summary>
    public static readonly ErrorReason RejectionReasonNeeded = Reason("REJECTION_REASON_NEEDED", ErrorCode.Validation);

    /// <summary>Requesting a result's removal without a reason (or with a too long one). {0} the most characters.</summary>
    public static readonly ErrorReason RemovalReasonNeeded = Reason("REMOVAL_REASON_NEEDED", ErrorCode.Validation);

    /// <summary>Editing a result an examiner is deciding on or has removed. {0} its status (a Wording).</summary>
    public static readonly ErrorReason ResultNotEditable = Reason("RESULT_NOT_EDITABLE", ErrorCode.InvalidState);

    /// <summary>Deleting a result that is neither a draft nor rejected. {0} its status (a Wording).</summary>
    public static readonly ErrorReason ResultNotDeletable = Reason("RESULT_NOT_DELETABLE", ErrorCode.InvalidState);

    /// <summary>Marking ready a result that is neither a draft nor rejected. {0} its status (a Wording).</summary>
    public static readonly ErrorReason ResultNotDraft = Reason("RESULT_NOT_DRAFT", ErrorCode.InvalidState);

    /// <summary>Attesting, rejecting or returning to draft a result not marked ready. {0} its status (a Wording), {1} the step (a Wording).</summary>
    public static readonly ErrorReason ResultNotReady = Reason("RESULT_NOT_READY", ErrorCode.InvalidState);

    /// <summary>Requesting the removal of a result that is not attested. {0} its status (a Wording).</summary>
    public static readonly ErrorReason ResultNotAttested = Reason("RESULT_NOT_ATTESTED", ErrorCode.InvalidState);

    /// <summary>Attesting the removal of a result whose removal was not requested. {0} its status (a Wording).</summary>
    public static readonly ErrorReason RemovalNotRequested = Reason("REMOVAL_NOT_REQUESTED", ErrorCode.InvalidState);

    /// <summary>A result where an attested passing one is. {0} what is graded (a Wording), {1} the grade, {2} its examination date.</summary>
    public static readonly ErrorReason PassedResultExists = Reason("PASSED_RESULT_EXISTS", ErrorCode.Conflict);

    /// <summary>A result where another open one is. {0} what is graded (a Wording), {1} its status (a Wording), {2} its grade.</summary>
    public static readonly ErrorReason OpenResultExists = Reason("OPEN_RESULT_EXISTS", ErrorCode.Conflict);

    /// <summary>Another result on the same module is with the reporter or the examiner. No arguments.</summary>
    public static readonly ErrorReason OpenResultOnModule = Reason("OPEN_RESULT_ON_MODULE", ErrorCode.Conflict);

    /// <summary>Someone else reported a result on the same at the same time. {0} what is graded (a Wording).</summary>
    public static readonly ErrorReason ResultReportedConcurrently = Reason("RESULT_REPORTED_CONCURRENTLY", ErrorCode.Conflict);

    /// <summary>Someone else reported on the offering, or the batch was sent twice, at the same time. No arguments.</summary>
    public static readonly ErrorReason BatchReportedConcurrently = Reason("BATCH_REPORTED_CONCURRENTLY", ErrorCode.Conflict);

    /// <summary>A batch without an idempotency key, or with a too long one. {0} the most characters.</summary>
    public static readonly ErrorReason IdempotencyKeyNeeded = Reason("IDEMPOTENCY_KEY_NEEDED", ErrorCode.Validation);

    /// <summary>An idempotency key used before for another batch. {0} the key, {1} who used it, {2} when.</summary>
    public static readonly ErrorReason IdempotencyKeyReused = Reason("IDEMPOTENCY_KEY_REUSED", ErrorCode.Conflict);

    /// <summary>A batch without rows or with too many. {0} the most rows, {1} the rows given.</summary>
    public static readonly ErrorReason BatchSize = Reason("BATCH_SIZE", ErrorCode.Validation);

    /// <summary>A student on two rows of a batch. {0} the student.</summary>
    public static readonly ErrorReason StudentTwiceInBatch = Reason("STUDENT_TWICE_IN_BATCH", ErrorCode.Validation);

    /// <summary>A result for a student not registered on the offering. {0} the student, {1} the course, {2} the term, {3} the offering code.</summary>
    public static readonly ErrorReason NotRegistered = Reason("NOT_REGISTERED", ErrorCode.Validation);

    /// <summary>A row naming no student. No arguments.</summary>
    public static readonly ErrorReason StudentNotNamed = Reason("STUDENT_NOT_NAMED", ErrorCode.Validation);

    /// <summary>A row naming the student both by id and by identity number. No arguments.</summary>
    public static readonly ErrorReason StudentNamedTwice = Reason("STUDENT_NAMED_TWICE", ErrorCode.Validation);

    /// <summary>A workflow step naming no result. No arguments.</summary>
    public static readonly ErrorReason ResultsMissing = Reason("RESULTS_MISSING", ErrorCode.Validation);

    /// <summary>A workflow step naming more results than one call takes. {0} the most.</summary>
    public static readonly ErrorReason TooManyResults = Reason("TOO_MANY_RESULTS", ErrorCode.Validation);

    /// <summary>A workflow step naming a result twice. No arguments.</summary>
    public static readonly ErrorReason ResultNamedTwice = Reason("RESULT_NAMED_TWICE", ErrorCode.Validation);

    /// <summary>An audit trail of a kind of object that keeps none. {0} the kinds of object with a trail, {1} the kind given.</summary>
    public static readonly ErrorReason NoAuditTrail = Reason("NO_AUDIT_TRAIL", ErrorCode.Validation);

    /// <summary>No object with the id that the caller may read. {0} the kind of object.</summary>
    public static readonly ErrorReason AuditSubjectNotFound = Reason("AUDIT_SUBJECT_NOT_FOUND", ErrorCode.NotFound);

    // What a refused change tried, as an argument of NoRegisteringRight and of the reasons of a closed registration.
    internal static readonly Wording RegisterStudents = new("registrera studenter", "register students");
    internal static readonly Wording RemoveRegistrations = new("ta bort registreringar", "remove registrations");
    internal static readonly Wording RecordStudyBreaks = new("registrera studieuppehåll", "record study breaks");
    internal static readonly Wording DecideStudyBreaks = new("besluta om studieuppehåll", "decide study breaks");
    internal static readonly Wording RecordDropouts = new("registrera studieavbrott", "record dropouts");
    internal static readonly Wording TakeStudyBreak = new("få studieuppehåll", "take a study break");
    internal static readonly Wording DropOut = new("göra studieavbrott", "drop out");
    internal static readonly Wording PlanExamSittings = new("planera aktivitetstillfällen", "plan exam sittings");
    internal static readonly Wording HaveRegistrationRemoved = new("få registreringen borttagen", "have the registration removed");
    internal static readonly Wording TheDepartment = new("institutionen", "the department");

    // The steps of the result workflow and what a text is about, as arguments.
    internal static readonly Wording AttestStep = new("attesteras", "attested");
    internal static readonly Wording RejectStep = new("avslås", "rejected");
    internal static readonly Wording ReturnToDraftStep = new("återföras till utkast", "returned to draft");
    internal static readonly Wording AttestTransfer = new("attestera", "attest");
    internal static readonly Wording RejectTransfer = new("avslå", "reject");
    internal static readonly Wording FirstName = new("Förnamnet", "The first name");
    internal static readonly Wording LastName = new("Efternamnet", "The last name");
    internal static readonly Wording EmailAddress = new("E-postadressen", "The email address");
    internal static readonly Wording BreakReason = new("Skälet till studieuppehållet", "The reason for the break");
    internal static readonly Wording ProjectTitle = new("Projekttiteln", "The project title");
    internal static readonly Wording ExaminerUserId = new("En examinators användar-id", "An examiner's user id");
    internal static readonly Wording NoModules = new("inga", "none");

    /// <summary>A department as a refusal names it: its English name and code in English, its code in Swedish (units have no Swedish name here).</summary>
    internal static Wording Department(string code, string nameEn) => new(code, $"{nameEn} ({code})");
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
    public static readonly ErrorReason RegisteredOnCourseBefore = Reason("REGISTERED_ON_COURSE_BEFORE", ErrorCode.Validation);

    /// <summary>Self-registration in a fee-paying term whose fee is not recorded as paid. {0} the term.</summary>
    public static readonly ErrorReason FeeNotPaid = Reason("FEE_NOT_PAID", ErrorCode.Validation);

    /// <summary>Self-registration while suspended. {0} the suspension's last day.</summary>
    public static readonly ErrorReason Suspended = Reason("SUSPENDED", ErrorCode.Forbidden);

    /// <summary>Withdrawing oneself from an offering one is not registered on. {0} the course code.</summary>
    public static readonly ErrorReason NothingToWithdraw = Reason("NOTHING_TO_WITHDRAW", ErrorCode.NotFound);

    /// <summary>Withdrawing oneself after the time the university allows. {0} the course code, {1} the last day it was allowed.</summary>
    public static readonly ErrorReason WithdrawalClosed = Reason("WITHDRAWAL_CLOSED", ErrorCode.Validation);

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(RecordsReasons), name, code);
}
