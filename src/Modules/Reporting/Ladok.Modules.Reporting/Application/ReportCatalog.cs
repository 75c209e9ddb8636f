using System.Runtime.CompilerServices;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Admissions.Contracts;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.Logging;

namespace Ladok.Modules.Reporting.Application;

/// <summary>A report as <c>reports</c> lists it: built in, or added by the university's plugin.</summary>
public sealed record ReportDefinition(
    string Name, string Title, string Description, bool FromPlugin, IReadOnlyList<ReportParameter> Parameters, IReadOnlyList<ReportColumn> Columns);

/// <summary>
/// Every report by name: the reports to other authorities, <c>inactive-students</c> (the university's
/// inactivity rule) and the plugin's own. Running one needs
/// the export right and is logged like every export. A plugin report runs through the Kernel's
/// <see cref="PluginGuard"/>: one that throws, gives a malformed row or no row within the time-out
/// fails only that call, as PLUGIN_FAILURE naming the report and its plugin. The plugins' reports,
/// with their plugins' ids and the time-out per row, come from the host as <see cref="PluginExtensions{T}"/>.
/// </summary>
public sealed class ReportCatalog(
    AuthorityReports authority, InactiveStudents inactive, PluginExtensions<IUniversityReport> pluginReports, IRecordsQueries records, TimeProvider clock,
    ILogger<ReportCatalog> logger, IAdmissionQueries? admissions = null, ICatalogueQueries? catalogue = null)
{
    private static readonly ReportParameter Period = new("period",
        "A term such as HT2025 (for csn-results and uka-funded also a year such as 2025, for csn-results a span such as 2021-2025).", Required: true);

    public IReadOnlyList<ReportDefinition> All =>
    [
        .. Enum.GetValues<AuthorityReportKind>().Select(kind => new ReportDefinition(AuthorityReports.NameOf(kind), AuthorityReports.NameOf(kind),
            AuthorityReports.DescriptionOf(kind),
            false, [Period], AuthorityReports.ColumnsOf(kind))),
        .. inactive.Definition is { } inactiveStudents ? [inactiveStudents] : Array.Empty<ReportDefinition>(),
        .. pluginReports.All.Select(p => p.Extension).Select(r =>
            new ReportDefinition(r.Name, r.Title, r.Description, true, r.Parameters, r.Columns.Select(c => new ReportColumn(c.Name, c.Description)).ToList())),
    ];

    /// <summary>The report's columns and a stream of its rows, once the caller's right and the parameters are checked.</summary>
    public async Task<Outcome<(ReportDefinition Definition, string Period, IAsyncEnumerable<IReadOnlyList<string>> Rows)>> PrepareAsync(
        string name, IReadOnlyDictionary<string, string> parameters, string userId, CancellationToken cancellationToken)
    {
        var definition = All.FirstOrDefault(d => d.Name == name);
        if (definition is null) return name == InactiveStudents.Name ? InactiveStudents.NoRule
            : DomainError.Of(ReportingReasons.ReportNotFound, "name", name);

        if (await authority.RequireExportRightAsync(userId, cancellationToken) is { } forbidden) return forbidden;

        var missing = definition.Parameters.Where(p => p.Required && !parameters.ContainsKey(p.Name)).Select(p => p.Name).ToList();
        if (missing.Count > 0) return DomainError.Of(ReportingReasons.ReportParametersMissing, "parameters", name, string.Join(", ", missing));

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
            return Outcome<(ReportDefinition, string, IAsyncEnumerable<IReadOnlyList<string>>)>.Success(
                (definition, "", inactive.RowsAsync(today, cancellationToken)));
        }

        var report = pluginReports.All.Single(r => r.Extension.Name == name);
        var request = new ReportRequest(parameters, new ReportData(records, admissions, catalogue, clock), today);
        return Outcome<(ReportDefinition, string, IAsyncEnumerable<IReadOnlyList<string>>)>.Success(
            (definition, "", Guarded(report, request, cancellationToken)));
    }

    /// <summary>Where a report's CSV is served, with its parameters in the query string.</summary>
    public static string CsvPath(string name, IReadOnlyDictionary<string, string> parameters) =>
        $"/reports/{name}.csv"
            + (parameters.Count == 0 ? "" : "?" + string.Join("&", parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));

    public Task LogAsync(ReportDefinition definition, string period, string format, int rows, string userId, CancellationToken cancellationToken) =>
        authority.LogAsync(definition.Name, period, format, rows, userId, cancellationToken);

    /// <summary>
    /// A plugin's rows through the guard: each row has the time-out to come, and one whose number of
    /// values is not the report's number of columns is the plugin's failure like an exception.
    /// </summary>
    private IAsyncEnumerable<IReadOnlyList<string>> Guarded(
        PluginExtension<IUniversityReport> report, ReportRequest request, CancellationToken cancellationToken) =>
        PluginGuard.StreamAsync(report.PluginId, $"report {report.Extension.Name}", ct => Checked(report.Extension, request, ct),
            pluginReports.Timeout, clock, logger, cancellationToken);

    /// <summary>Runs inside the guard, so a malformed row fails the call as what the plugin threw would.</summary>
    private static async IAsyncEnumerable<IReadOnlyList<string>> Checked(
        IUniversityReport report, ReportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var columns = report.Columns.Count;
        await foreach (var row in report.RunAsync(request, cancellationToken).WithCancellation(cancellationToken))
        {
            if (row?.Count != columns) throw new InvalidOperationException($"it gave a row of {row?.Count ?? 0} values for its {columns} columns");
            yield return row;
        }
    }
}
