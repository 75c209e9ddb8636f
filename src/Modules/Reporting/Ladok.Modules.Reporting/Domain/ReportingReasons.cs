using Ladok.Kernel.Errors;

namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// Why the Reporting module refuses something. Texts in <c>ReportingReasons.resx</c> (Swedish) and
/// <c>ReportingReasons.en.resx</c>; the numbers in braces are the arguments each reason's error carries.
/// </summary>
public static class ReportingReasons
{
    /// <summary>Closing a year that has not begun. {0} the year.</summary>
    public static readonly ErrorReason YearNotBegun = Reason("YEAR_NOT_BEGUN", ErrorCode.Validation);

    /// <summary>Closing the current year. {0} the year, {1} the year after.</summary>
    public static readonly ErrorReason YearNotEnded = Reason("YEAR_NOT_ENDED", ErrorCode.Validation);

    /// <summary>The year was closed before; its figures are frozen. {0} the year.</summary>
    public static readonly ErrorReason YearClosed = Reason("YEAR_CLOSED", ErrorCode.Conflict);

    /// <summary>A span of years whose last year is before its first. {0} as written.</summary>
    public static readonly ErrorReason PeriodReversed = Reason("PERIOD_REVERSED", ErrorCode.Validation);

    /// <summary>Both a year and a term. No arguments.</summary>
    public static readonly ErrorReason YearAndTerm = Reason("YEAR_AND_TERM", ErrorCode.Validation);

    /// <summary>Neither a year nor a term. No arguments.</summary>
    public static readonly ErrorReason PeriodMissing = Reason("PERIOD_MISSING", ErrorCode.Validation);

    /// <summary>A year outside the years the system knows. {0} the first year, {1} the last.</summary>
    public static readonly ErrorReason YearOutOfRange = Reason("YEAR_OUT_OF_RANGE", ErrorCode.Validation);

    /// <summary>`years` empty, too long, or given with `year` or `term`. {0} the most years.</summary>
    public static readonly ErrorReason InvalidYears = Reason("INVALID_YEARS", ErrorCode.Validation);

    /// <summary>A span of years for a report that takes one year or term. {0} as written, {1} the report.</summary>
    public static readonly ErrorReason PeriodIsSpan = Reason("PERIOD_IS_SPAN", ErrorCode.Validation);

    /// <summary>Figures of a unit the caller may not read. {0} the unit, {1} the permission needed.</summary>
    public static readonly ErrorReason NoReadRightAtUnit = Reason("NO_READ_RIGHT_AT_UNIT", ErrorCode.Forbidden);

    /// <summary>Reports to other authorities without the administrator's right. {0} the permission needed.</summary>
    public static readonly ErrorReason NoExportRight = Reason("NO_EXPORT_RIGHT", ErrorCode.Forbidden);

    /// <summary>No report has the name. {0} the name.</summary>
    public static readonly ErrorReason ReportNotFound = Reason("REPORT_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>The inactivity report, where no plugin gives the university an inactivity rule. {0} the report.</summary>
    public static readonly ErrorReason NoInactivityRule = Reason("NO_INACTIVITY_RULE", ErrorCode.NotFound);

    /// <summary>A report without a parameter it needs. {0} the report, {1} the parameters missing.</summary>
    public static readonly ErrorReason ReportParametersMissing = Reason("REPORT_PARAMETERS_MISSING", ErrorCode.Validation);

    /// <summary>A verification code was drawn twice; issuing again draws another. No arguments.</summary>
    public static readonly ErrorReason VerificationCodeTwice = Reason("VERIFICATION_CODE_TWICE", ErrorCode.Conflict);

    /// <summary>No transcript was issued with the verification code. No arguments.</summary>
    public static readonly ErrorReason TranscriptNotFound = Reason("TRANSCRIPT_NOT_FOUND", ErrorCode.NotFound);

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(ReportingReasons), name, code);
}
