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

/// <summary>The data a university report may read. Grows with minor SDK versions.</summary>
public interface IReportData
{
    /// <summary>Every student with the last day they were registered and the last day they were examined, if ever.</summary>
    IAsyncEnumerable<StudentActivity> StudentActivityAsync(CancellationToken cancellationToken);
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
