using Ladok.Kernel.Errors;

namespace Ladok.Modules.Admissions.Domain;

/// <summary>
/// Why the Admissions module refuses something. Texts in <c>AdmissionsReasons.resx</c> (Swedish) and
/// <c>AdmissionsReasons.en.resx</c>; the numbers in braces are the arguments each reason's error carries.
/// </summary>
public static class AdmissionsReasons
{
    /// <summary>A reserve without a place on the list. No arguments.</summary>
    public static readonly ErrorReason ReservePlaceMissing = Reason("RESERVE_PLACE_MISSING", ErrorCode.Validation);
    public static readonly ErrorReason AdmittedConcurrently = Reason("ADMITTED_CONCURRENTLY", ErrorCode.Conflict);

    /// <summary>A place on the reserve list for someone not on it. {0} the place.</summary>
    public static readonly ErrorReason ReservePlaceNotReserve = Reason("RESERVE_PLACE_NOT_RESERVE", ErrorCode.Validation);

    /// <summary>An admission to a cancelled offering. {0} the course code, {1} the term.</summary>
    public static readonly ErrorReason AdmissionOfferingCancelled = Reason("ADMISSION_OFFERING_CANCELLED", ErrorCode.Validation);

    /// <summary>No such student in Records. No arguments.</summary>
    public static readonly ErrorReason StudentNotFound = Reason("ADMITTED_STUDENT_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>No such offering in the Catalogue. No arguments.</summary>
    public static readonly ErrorReason OfferingNotFound = Reason("ADMISSION_OFFERING_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>Admitting without records.register at the offering's department. {0} the course code, {1} the department's code.</summary>
    public static readonly ErrorReason NotAdmissionsOfficer = Reason("NOT_ADMISSIONS_OFFICER", ErrorCode.Forbidden);

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(AdmissionsReasons), name, code);
}
