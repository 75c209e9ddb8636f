using System.Globalization;
using System.Runtime.CompilerServices;
using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.Logging;

namespace Ladok.Modules.Reporting.Application;

/// <summary>A report as <c>reports</c> lists it: built in, or added by the university's plugin.</summary>
public sealed record ReportDefinition(string Name, string Title, string Description, bool FromPlugin, IReadOnlyList<ReportParameter> Parameters, IReadOnlyList<ReportColumn> Columns);

/// <summary>
/// Every report by name: the reports to other authorities, <c>inactive-students</c> (the university's
/// inactivity rule) and the plugin's own. Running one needs
/// the export right, is logged like every export, and a plugin report that throws fails only that
/// call, as PLUGIN_FAILURE naming the report and its plugin.
/// </summary>
public sealed class ReportCatalog(
    AuthorityReports authority, InactiveStudents inactive, IReadOnlyList<IUniversityReport> pluginReports, IRecordsQueries records, TimeProvider clock,
    ILogger<ReportCatalog> logger, ReportCatalog.Limits? limits = null)
{
    /// <param name="RowTimeout">How long a plugin report may take to give its next row before the call fails as PLUGIN_FAILURE.</param>
    public sealed record Limits(TimeSpan RowTimeout);

    private readonly TimeSpan rowTimeout = (limits ?? new Limits(TimeSpan.FromSeconds(30))).RowTimeout;

    private static readonly ReportParameter Period = new("period", "A term such as HT2025 (for csn-results also a year such as 2025).", Required: true);

    public IReadOnlyList<ReportDefinition> All =>
    [
        .. Enum.GetValues<AuthorityReportKind>().Select(kind => new ReportDefinition(AuthorityReports.NameOf(kind), AuthorityReports.NameOf(kind),
            kind == AuthorityReportKind.ScbTerm ? "To SCB: registrations per term by course and level, and completed credits." : "To CSN: attested results with identity numbers.",
            false, [Period], AuthorityReports.ColumnsOf(kind))),
        .. inactive.Definition is { } inactiveStudents ? [inactiveStudents] : Array.Empty<ReportDefinition>(),
        .. pluginReports.Select(r => new ReportDefinition(r.Name, r.Title, r.Description, true, r.Parameters, r.Columns.Select(c => new ReportColumn(c.Name, c.Description)).ToList())),
    ];

    /// <summary>The report's columns and a stream of its rows, once the caller's right and the parameters are checked.</summary>
    public async Task<Outcome<(ReportDefinition Definition, string Period, IAsyncEnumerable<IReadOnlyList<string>> Rows)>> PrepareAsync(
        string name, IReadOnlyDictionary<string, string> parameters, string userId, CancellationToken cancellationToken)
    {
        var definition = All.FirstOrDefault(d => d.Name == name);
        if (definition is null) return name == InactiveStudents.Name ? InactiveStudents.NoRule : DomainError.NotFound($"There is no report '{name}'; `reports` lists them.", "name");

        if (await authority.RequireExportRightAsync(userId, cancellationToken) is { } forbidden) return forbidden;

        var missing = definition.Parameters.Where(p => p.Required && !parameters.ContainsKey(p.Name)).Select(p => p.Name).ToList();
        if (missing.Count > 0) return DomainError.Validation($"The report {name} needs the parameters {string.Join(", ", missing)}.", "parameters");

        var kind = Enum.GetValues<AuthorityReportKind>().Cast<AuthorityReportKind?>().FirstOrDefault(k => AuthorityReports.NameOf(k!.Value) == name);
        if (kind is { } builtIn)
        {
            var period = AuthorityReports.PeriodOf(builtIn, parameters["period"]);
            if (!period.Succeeded) return Outcome<(ReportDefinition, string, IAsyncEnumerable<IReadOnlyList<string>>)>.Failure(period.Errors);
            return Outcome<(ReportDefinition, string, IAsyncEnumerable<IReadOnlyList<string>>)>.Success(
                (definition, period.Value!.Name, authority.RowsAsync(builtIn, period.Value, cancellationToken)));
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (name == InactiveStudents.Name)
        {
            return Outcome<(ReportDefinition, string, IAsyncEnumerable<IReadOnlyList<string>>)>.Success((definition, "", inactive.RowsAsync(today, cancellationToken)));
        }

        var report = pluginReports.Single(r => r.Name == name);
        var request = new ReportRequest(parameters, new ReportData(records), today);
        return Outcome<(ReportDefinition, string, IAsyncEnumerable<IReadOnlyList<string>>)>.Success((definition, "", Guarded(report, request, cancellationToken)));
    }

    /// <summary>Where a report's CSV is served, with its parameters in the query string.</summary>
    public static string CsvPath(string name, IReadOnlyDictionary<string, string> parameters) =>
        $"/reports/{name}.csv" + (parameters.Count == 0 ? "" : "?" + string.Join("&", parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));

    public Task LogAsync(ReportDefinition definition, string period, string format, int rows, string userId, CancellationToken cancellationToken) =>
        authority.LogAsync(definition.Name, period, format, rows, userId, cancellationToken);

    /// <summary>
    /// A plugin's rows, with whatever it throws, and a row that does not come within the time-out,
    /// turned into a PLUGIN_FAILURE that names it. A plugin that ignores cancellation is left
    /// behind, not waited for: the caller gets its answer and the host goes on.
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<string>> Guarded(IUniversityReport report, ReportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var plugin = report.GetType().Assembly.GetName().Name;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var rows = report.RunAsync(request, stop.Token).GetAsyncEnumerator(stop.Token);
        var hung = false;
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await rows.MoveNextAsync().AsTask().WaitAsync(rowTimeout, clock, cancellationToken);
                }
                catch (TimeoutException)
                {
                    hung = true;
                    await stop.CancelAsync();
                    logger.LogError("Report {Report} of plugin {Plugin} gave no row within {Timeout}", report.Name, plugin, rowTimeout);
                    throw new LadokException(ErrorCode.PluginFailure,
                        $"The report {report.Name} of the plugin {plugin} did not answer within {rowTimeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s.");
                }
                catch (Exception e) when (e is not OperationCanceledException and not LadokException)
                {
                    logger.LogError(e, "Report {Report} of plugin {Plugin} failed", report.Name, plugin);
                    throw new LadokException(ErrorCode.PluginFailure, $"The report {report.Name} of the plugin {plugin} failed: {e.Message}");
                }
                if (!more) yield break;
                if (rows.Current.Count != report.Columns.Count)
                {
                    throw new LadokException(ErrorCode.PluginFailure,
                        $"The report {report.Name} of the plugin {plugin} gave a row of {rows.Current.Count} values for its {report.Columns.Count} columns.");
                }
                yield return rows.Current;
            }
        }
        finally
        {
            // A hung plugin is left behind: disposing its enumerator mid-step would wait for it, or throw.
            if (!hung) await rows.DisposeAsync();
        }
    }
}
