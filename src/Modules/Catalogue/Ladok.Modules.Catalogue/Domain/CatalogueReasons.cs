using Ladok.Kernel.Errors;

namespace Ladok.Modules.Catalogue.Domain;

/// <summary>
/// Why the Catalogue module refuses something. Texts in <c>CatalogueReasons.resx</c> (Swedish) and
/// <c>CatalogueReasons.en.resx</c>; the numbers in braces are the arguments each reason's error carries.
/// </summary>
public static class CatalogueReasons
{
    /// <summary>Not a course code (six letters A–Z and digits, at least one of each). {0} as written.</summary>
    public static readonly ErrorReason InvalidCourseCode = Reason("INVALID_COURSE_CODE", ErrorCode.Validation);

    /// <summary>Credits of 0 or less. {0} the credits given.</summary>
    public static readonly ErrorReason CreditsNotPositive = Reason("CREDITS_NOT_POSITIVE", ErrorCode.Validation);

    /// <summary>Credits above the most a course or module has. {0} the most, {1} the credits given.</summary>
    public static readonly ErrorReason CreditsTooMany = Reason("CREDITS_TOO_MANY", ErrorCode.Validation);

    /// <summary>Credits not in steps of 0.5 hp. {0} the credits given.</summary>
    public static readonly ErrorReason CreditsNotInHalves = Reason("CREDITS_NOT_IN_HALVES", ErrorCode.Validation);

    /// <summary>Not a module code (one to six letters and digits). {0} as written.</summary>
    public static readonly ErrorReason InvalidModuleCode = Reason("INVALID_MODULE_CODE", ErrorCode.Validation);

    /// <summary>Not an offering code (five digits). {0} as written.</summary>
    public static readonly ErrorReason InvalidOfferingCode = Reason("INVALID_OFFERING_CODE", ErrorCode.Validation);

    /// <summary>A pace (studietakt) outside 1–100 % of full time. {0} the pace given.</summary>
    public static readonly ErrorReason InvalidPace = Reason("INVALID_PACE", ErrorCode.Validation);

    /// <summary>A place (studieort) longer than its rule allows. {0} the most characters, {1} the place, {2} its length.</summary>
    public static readonly ErrorReason PlaceTooLong = Reason("PLACE_TOO_LONG", ErrorCode.Validation);

    /// <summary>A place (studieort) with line breaks or other control characters. No arguments.</summary>
    public static readonly ErrorReason PlaceNotOneLine = Reason("PLACE_NOT_ONE_LINE", ErrorCode.Validation);

    /// <summary>Not an SCB subject group (two capital letters and a digit). {0} as written.</summary>
    public static readonly ErrorReason InvalidSubjectGroup = Reason("INVALID_SUBJECT_GROUP", ErrorCode.Validation);

    /// <summary>A course without an educational area (utbildningsområde). No arguments.</summary>
    public static readonly ErrorReason EducationalAreaMissing = Reason("EDUCATIONAL_AREA_MISSING", ErrorCode.Validation);

    /// <summary>A share of an educational area not above 0 and at most 1 in thousandths. {0} the share given.</summary>
    public static readonly ErrorReason InvalidAreaShare = Reason("INVALID_AREA_SHARE", ErrorCode.Validation);

    /// <summary>An educational area given more than once. {0} the area.</summary>
    public static readonly ErrorReason EducationalAreaTwice = Reason("EDUCATIONAL_AREA_TWICE", ErrorCode.Validation);

    /// <summary>The shares of the educational areas do not sum to 1. {0} their sum.</summary>
    public static readonly ErrorReason AreaSharesSum = Reason("AREA_SHARES_SUM", ErrorCode.Validation);

    /// <summary>A module code given more than once in a version. {0} the module code.</summary>
    public static readonly ErrorReason ModuleCodeTwice = Reason("MODULE_CODE_TWICE", ErrorCode.Validation);

    /// <summary>The modules' credits do not sum to the version's. {0} the modules' sum, {1} the version's credits.</summary>
    public static readonly ErrorReason ModuleCreditsSum = Reason("MODULE_CREDITS_SUM", ErrorCode.Validation);

    /// <summary>A new course version that starts before the latest one. {0} the term given, {1} the latest version's number, {2} its first term.</summary>
    public static readonly ErrorReason VersionBeforeLatest = Reason("VERSION_BEFORE_LATEST", ErrorCode.Validation);

    /// <summary>Changing a cancelled offering. No arguments.</summary>
    public static readonly ErrorReason OfferingCancelled = Reason("OFFERING_CANCELLED", ErrorCode.Validation);

    /// <summary>Cancelling a complete offering. No arguments.</summary>
    public static readonly ErrorReason OfferingComplete = Reason("OFFERING_COMPLETE", ErrorCode.Validation);

    /// <summary>An offering that ends on or before the day it starts. {0} the end date, {1} the start date.</summary>
    public static readonly ErrorReason EndBeforeStart = Reason("END_BEFORE_START", ErrorCode.Validation);

    /// <summary>An offering's start date outside its term. {0} the start date, {1} the term, {2} its first day, {3} its last.</summary>
    public static readonly ErrorReason StartOutsideTerm = Reason("START_OUTSIDE_TERM", ErrorCode.Validation);

    /// <summary>No course has the id. No arguments.</summary>
    public static readonly ErrorReason CourseIdNotFound = Reason("COURSE_ID_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>No grading scale has the code. {0} the code, {1} the known scales.</summary>
    public static readonly ErrorReason GradingScaleNotFound = Reason("GRADING_SCALE_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>A course with the code exists. {0} the code.</summary>
    public static readonly ErrorReason CourseExists = Reason("COURSE_EXISTS", ErrorCode.Conflict);

    /// <summary>The course version was created at the same time by someone else. No arguments.</summary>
    public static readonly ErrorReason CourseVersionExists = Reason("COURSE_VERSION_EXISTS", ErrorCode.Conflict);

    /// <summary>The course version has an offering with the code in the term. {0} the offering code, {1} the term.</summary>
    public static readonly ErrorReason OfferingExists = Reason("OFFERING_EXISTS", ErrorCode.Conflict);

    /// <summary>The course has several offerings in the term and no `offeringCode` picks one. {0} how many, {1} the term, {2} their codes.</summary>
    public static readonly ErrorReason SeveralOfferings = Reason("SEVERAL_OFFERINGS", ErrorCode.Validation);

    /// <summary>No department (institution) has the code. {0} the code.</summary>
    public static readonly ErrorReason DepartmentNotFound = Reason("DEPARTMENT_NOT_FOUND", ErrorCode.NotFound);

    internal static readonly Wording Name = new("Namn", "A name");

    /// <summary>A registration window with only one of its days. No arguments.</summary>
    public static readonly ErrorReason RegistrationWindowHalf = Reason("REGISTRATION_WINDOW_HALF", ErrorCode.Validation);

    /// <summary>A registration window that closes before it opens. {0} opens, {1} closes.</summary>
    public static readonly ErrorReason RegistrationWindowBackwards = Reason("REGISTRATION_WINDOW_BACKWARDS", ErrorCode.Validation);

    /// <summary>A registration window that closes after the offering ends. {0} closes, {1} the offering's last day.</summary>
    public static readonly ErrorReason RegistrationWindowAfterEnd = Reason("REGISTRATION_WINDOW_AFTER_END", ErrorCode.Validation);

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(CatalogueReasons), name, code);
}
