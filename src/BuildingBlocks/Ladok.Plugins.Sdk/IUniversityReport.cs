namespace Ladok.Plugins.Sdk;

/// <summary>
/// A report of the university's own (since SDK 1.3), listed by <c>reports</c> beside the built-in
/// ones and run by <c>report(name, parameters)</c> or as CSV, with the same right as reports to
/// other authorities (<c>reporting.export</c>). It reads data only through <see cref="ReportRequest.Data"/>
/// and cannot write. An exception it throws fails only that call, as <c>PLUGIN_FAILURE</c> naming the report.
/// </summary>
/// <example>
/// <code>
/// builder.AddReport(new InactiveStudentsReport());   // in ILadokPlugin.Configure
///
/// public sealed class InactiveStudentsReport : IUniversityReport
/// {
///     public string Name =&gt; "umu-inactive-students";
///     public string Title =&gt; "Inactive students";
///     public string Description =&gt; "Students neither registered nor examined for five years.";
///     public IReadOnlyList&lt;ReportParameter&gt; Parameters =&gt; [new("years", "Years without activity (5 by default).", Required: false)];
///     public IReadOnlyList&lt;ReportColumnDefinition&gt; Columns =&gt; [new("identity_number", "Personnummer."), new("last_activity", "ISO date.")];
///     public async IAsyncEnumerable&lt;IReadOnlyList&lt;string&gt;&gt; RunAsync(ReportRequest request, [EnumeratorCancellation] CancellationToken ct)
///     {
///         await foreach (var student in request.Data.StudentActivityAsync(ct)) { /* yield the inactive ones */ }
///     }
/// }
/// </code>
/// </example>
public interface IUniversityReport
{
    /// <summary>Unique among the host's reports: lower case with dashes, starting with the university's code, such as <c>umu-inactive-students</c>.</summary>
    string Name { get; }

    /// <summary>A short title for lists.</summary>
    string Title { get; }

    /// <summary>What the report shows and for whom, in a sentence or two.</summary>
    string Description { get; }

    /// <summary>What the caller may or must give; each reaches <see cref="ReportRequest.Parameters"/> as text.</summary>
    IReadOnlyList<ReportParameter> Parameters { get; }

    /// <summary>The columns, in the order every row gives its values.</summary>
    IReadOnlyList<ReportColumnDefinition> Columns { get; }

    /// <summary>The rows, streamed: a CSV of any size is written as they come.</summary>
    IAsyncEnumerable<IReadOnlyList<string>> RunAsync(ReportRequest request, CancellationToken cancellationToken);
}

/// <param name="Name">As given in <c>report(parameters:)</c>.</param>
/// <param name="Description">What it means and its default.</param>
/// <param name="Required">Whether the report refuses to run without it.</param>
public sealed record ReportParameter(string Name, string Description, bool Required);

/// <param name="Name">The CSV header's name, lower case with underscores.</param>
/// <param name="Description">What the values mean.</param>
public sealed record ReportColumnDefinition(string Name, string Description);

/// <param name="Parameters">The caller's parameters, by name; checked against <see cref="IUniversityReport.Parameters"/> for the required ones.</param>
/// <param name="Data">What the report may read.</param>
/// <param name="Today">Today's date where the university is.</param>
public sealed record ReportRequest(IReadOnlyDictionary<string, string> Parameters, IReportData Data, DateOnly Today);

/// <summary>
/// The data a university report may read: read-only, streamed row by row from the database (nothing is held in memory), in a
/// stable order. Grows with minor SDK versions; a member added later has a default that gives no rows, so a plugin's own test
/// double of it keeps compiling.
/// </summary>
public interface IReportData
{
    /// <summary>Every student with the last day they were registered and the last day they were examined, if ever.</summary>
    IAsyncEnumerable<StudentActivity> StudentActivityAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every attested result (since SDK 1.8): in force, or since removed (<see cref="ReportResult.IsRemoved"/>), credit transfers too,
    /// by course code, module (the course grade first), identity number and examination date, so a report can go module by module
    /// without holding more than one module's results. Drafts and results waiting for attestation are left out: they are not decided.
    /// </summary>
    IAsyncEnumerable<ReportResult> ResultsAsync(CancellationToken cancellationToken) => NoRows<ReportResult>();

    /// <summary>Every course registration (since SDK 1.8), by course code, term, offering and identity number.</summary>
    IAsyncEnumerable<ReportRegistration> RegistrationsAsync(CancellationToken cancellationToken) => NoRows<ReportRegistration>();

    /// <summary>Every admission (antagning) to an offering (since SDK 1.8), offering by offering, each offering's as recorded.</summary>
    IAsyncEnumerable<ReportAdmission> AdmissionsAsync(CancellationToken cancellationToken) => NoRows<ReportAdmission>();

    private static async IAsyncEnumerable<T> NoRows<T>()
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield break;
    }
}

/// <summary>An attested result as a report reads it (since SDK 1.8).</summary>
public sealed record ReportResult
{
    /// <summary>The student's identity number now: twelve characters, YYYYMMDDNNNC, or an interim number.</summary>
    public string IdentityNumber { get; init; } = "";

    /// <summary>The student's first and last name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The course code, such as <c>5DV001</c>.</summary>
    public string CourseCode { get; init; } = "";

    /// <summary>The module's code, such as <c>0001</c>; null for the course grade.</summary>
    public string? ModuleCode { get; init; }

    /// <summary>The offering the student was examined on; null for a credit transfer.</summary>
    public string? OfferingCode { get; init; }

    /// <summary>The grade's code on its scale, such as <c>VG</c>.</summary>
    public string Grade { get; init; } = "";

    /// <summary>Whether the grade passes (U, F and Fx do not).</summary>
    public bool IsPassing { get; init; }

    /// <summary>The module's or course version's credits (hp); attained only when passing.</summary>
    public decimal Credits { get; init; }

    /// <summary>Examinationsdatum: the day the student completed the work.</summary>
    public DateOnly ExaminationDate { get; init; }

    /// <summary>The day it was attested (for a credit transfer: decided), where the university is.</summary>
    public DateOnly DecidedOn { get; init; }

    /// <summary>Whether it is a credit transfer (tillgodoräknande) rather than examined here.</summary>
    public bool IsCreditTransfer { get; init; }

    /// <summary>Whether an examiner has attested its removal: it no longer counts, but it stays on record.</summary>
    public bool IsRemoved { get; init; }
}

/// <summary>A course registration as a report reads it (since SDK 1.8).</summary>
public sealed record ReportRegistration
{
    /// <summary>The student's identity number now.</summary>
    public string IdentityNumber { get; init; } = "";

    /// <summary>The student's first and last name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The course code.</summary>
    public string CourseCode { get; init; } = "";

    /// <summary>The offering's code.</summary>
    public string OfferingCode { get; init; } = "";

    /// <summary>The term registered for, such as <c>HT2025</c>.</summary>
    public string Term { get; init; } = "";

    /// <summary>FFG, FO or OM.</summary>
    public RegistrationType Type { get; init; }

    /// <summary>The day the registration was made, where the university is.</summary>
    public DateOnly RegisteredOn { get; init; }

    /// <summary>The day of a studieavbrott on it; null if none.</summary>
    public DateOnly? DroppedOutOn { get; init; }

    /// <summary>The day it was withdrawn before the offering started (återbud); null if not. A withdrawn registration never counted.</summary>
    public DateOnly? WithdrawnOn { get; init; }
}

/// <summary>Where an admission stands (since SDK 1.8).</summary>
public enum AdmissionStatus
{
    /// <summary>Antagen.</summary>
    Admitted,

    /// <summary>Villkorligt antagen: admitted on a condition not yet met.</summary>
    ConditionallyAdmitted,

    /// <summary>Reserv: on the reserve list.</summary>
    Reserve,
}

/// <summary>An admission to an offering as a report reads it (since SDK 1.8).</summary>
public sealed record ReportAdmission
{
    /// <summary>The student's identity number now.</summary>
    public string IdentityNumber { get; init; } = "";

    /// <summary>The student's first and last name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The course code.</summary>
    public string CourseCode { get; init; } = "";

    /// <summary>The offering's code.</summary>
    public string OfferingCode { get; init; } = "";

    /// <summary>The term the offering starts in.</summary>
    public string Term { get; init; } = "";

    /// <summary>Admitted, conditionally admitted, or on the reserve list.</summary>
    public AdmissionStatus Status { get; init; }

    /// <summary>The place on the reserve list; null unless on it.</summary>
    public int? ReservePlace { get; init; }
}

/// <param name="IdentityNumber">Twelve characters, YYYYMMDDNNNC, or an interim number.</param>
/// <param name="Name">First and last name.</param>
/// <param name="LastRegistered">The day the latest registration was made; null if never registered.</param>
/// <param name="LastExamined">The latest examination date of a result in force; null if none.</param>
public sealed record StudentActivity(string IdentityNumber, string Name, DateOnly? LastRegistered, DateOnly? LastExamined)
{
    /// <summary>The later of <see cref="LastRegistered"/> and <see cref="LastExamined"/>; null if neither (since SDK 1.4).</summary>
    public DateOnly? LastActivity => LastRegistered > LastExamined || LastExamined is null ? LastRegistered : LastExamined;

    /// <summary>The last day of the student's latest approved study break (studieuppehåll); null if none (since SDK 1.4).</summary>
    public DateOnly? BreakEnds { get; init; }
}
