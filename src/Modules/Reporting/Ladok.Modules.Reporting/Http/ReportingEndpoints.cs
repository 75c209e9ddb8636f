using System.Text;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.Http;
using Ladok.Modules.Reporting.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Reporting.Http;

/// <summary>
/// <c>GET /reports/{name}.csv?period=…</c>: any report (to other authorities, or the plugin's own)
/// streamed as CSV, row by row, in constant memory; the query string holds its parameters. Same
/// sign-in, right and logging as <c>report</c>; refusals are the GraphQL errors' codes as JSON
/// with the matching status.
/// </summary>
public sealed class ReportingEndpoints : IEndpointContributor
{
    private const int FlushEvery = 1000;

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/reports/{name}.csv", WriteCsvAsync);

    private static async Task WriteCsvAsync(HttpContext http, string name)
    {
        if (CallerIdentity.UserIdOf(http.User) is not { } userId)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await RefuseAsync(http, new DomainError(ErrorCode.Unauthenticated, ErrorCode.Unauthenticated.Describe(), []));
            return;
        }

        var catalog = http.RequestServices.GetRequiredService<ReportCatalog>();
        var parameters = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        var prepared = await catalog.PrepareAsync(name, parameters, userId, http.RequestAborted);
        if (!prepared.Succeeded)
        {
            await RefuseAsync(http, prepared.Errors[0]);
            return;
        }

        var (definition, period, stream) = prepared.Value;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}{(period.Length > 0 ? "-" + period : "")}.csv\"";
        var rows = 0;
        try
        {
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), bufferSize: 64 * 1024);
            await Csv.WriteRowAsync(writer, definition.Columns.Select(c => c.Name).ToList());
            await foreach (var row in stream)
            {
                await Csv.WriteRowAsync(writer, row);
                if (++rows % FlushEvery == 0) await writer.FlushAsync(http.RequestAborted);
            }
        }
        finally
        {
            // Logged whatever happened: a download cut short still took data out.
            await catalog.LogAsync(definition, period, "csv", rows, userId, CancellationToken.None);
        }
    }

    private static Task RefuseAsync(HttpContext http, DomainError error)
    {
        http.Response.StatusCode = error.Code switch
        {
            ErrorCode.Unauthenticated => StatusCodes.Status401Unauthorized,
            ErrorCode.Forbidden => StatusCodes.Status403Forbidden,
            ErrorCode.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        return http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = error.Message, extensions = new { code = error.Code.ToWire() } } } });
    }
}
