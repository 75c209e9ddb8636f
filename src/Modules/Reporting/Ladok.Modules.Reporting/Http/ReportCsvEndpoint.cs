using Ladok.Kernel.GraphQL;
using Ladok.Kernel.Http;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Contracts;

namespace Ladok.Modules.Reporting.Http;

/// <summary>
/// <c>GET /reports/{name}.csv?period=…</c>: any report (to other authorities, or the plugin's own)
/// streamed as CSV, row by row, in constant memory; the query string holds its parameters. Same
/// right (checked by the host) and logging as <c>report</c>; refusals are the GraphQL errors'
/// codes as JSON with the matching status.
/// </summary>
public sealed class ReportCsvEndpoint(ReportCatalog catalog) : IModuleEndpoint
{
    private const int FlushEvery = 1000;

    public string Pattern => "/reports/{name}.csv";

    public string Policy => ReportingPolicies.Export;

    public async Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken)
    {
        // The host let the caller in under the policy, so they are signed in and have a user id.
        var userId = CallerIdentity.UserIdOf(request.Caller)!;
        var name = request.RouteValues.GetValueOrDefault("name") ?? "";
        var prepared = await catalog.PrepareAsync(name, request.Query, userId, cancellationToken);
        if (!prepared.Succeeded) return ModuleResponse.Refused(prepared.Errors[0]);

        var (definition, period, rows) = prepared.Value;
        return ModuleResponse.Streamed("text/csv; charset=utf-8", $"{name}{(period.Length > 0 ? "-" + period : "")}.csv", async (body, ct) =>
        {
            var count = 0;
            try
            {
                await using var writer = Csv.CreateWriter(body);
                await Csv.WriteRecordAsync(writer, definition.Columns.Select(c => c.Name).ToList(), ct);
                await foreach (var row in rows.WithCancellation(ct))
                {
                    await Csv.WriteRecordAsync(writer, row, ct);
                    if (++count % FlushEvery == 0) await writer.FlushAsync(ct);
                }
            }
            finally
            {
                // Logged whatever happened: a download cut short still took data out.
                await catalog.LogAsync(definition, period, "csv", count, userId, CancellationToken.None);
            }
        });
    }
}
