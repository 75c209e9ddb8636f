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
/// <c>GET /reports/{name}.csv?period=…</c>: a report to another authority streamed as CSV, row by
/// row, in constant memory. Same sign-in, right and logging as <c>authorityReport</c>; refusals
/// are the GraphQL errors' codes as JSON with the matching status.
/// </summary>
public sealed class ReportingEndpoints : IEndpointContributor
{
    private const int FlushEvery = 1000;

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/reports/{name}.csv", WriteCsvAsync);

    private static async Task WriteCsvAsync(HttpContext http, string name, string? period)
    {
        var kind = Enum.GetValues<AuthorityReportKind>().Cast<AuthorityReportKind?>().FirstOrDefault(k => AuthorityReports.NameOf(k!.Value) == name);
        if (kind is null)
        {
            await RefuseAsync(http, StatusCodes.Status404NotFound, new DomainError(ErrorCode.NotFound, $"There is no report '{name}'; there are scb-term and csn-results.", []));
            return;
        }

        if (CallerIdentity.UserIdOf(http.User) is not { } userId)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await RefuseAsync(http, StatusCodes.Status401Unauthorized, new DomainError(ErrorCode.Unauthenticated, ErrorCode.Unauthenticated.Describe(), []));
            return;
        }

        var reports = http.RequestServices.GetRequiredService<AuthorityReports>();
        var authorized = await reports.AuthorizeAsync(kind.Value, period ?? "", userId, http.RequestAborted);
        if (!authorized.Succeeded)
        {
            var error = authorized.Errors[0];
            await RefuseAsync(http, error.Code == ErrorCode.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest, error);
            return;
        }

        var covered = authorized.Value!;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}-{covered.Name}.csv\"";
        var rows = 0;
        try
        {
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), bufferSize: 64 * 1024);
            await Csv.WriteRowAsync(writer, AuthorityReports.ColumnsOf(kind.Value).Select(c => c.Name).ToList());
            await foreach (var row in reports.RowsAsync(kind.Value, covered, http.RequestAborted))
            {
                await Csv.WriteRowAsync(writer, row);
                if (++rows % FlushEvery == 0) await writer.FlushAsync(http.RequestAborted);
            }
        }
        finally
        {
            // Logged whatever happened: a download cut short still took personal data out.
            await reports.LogAsync(kind.Value, covered, "csv", rows, userId, CancellationToken.None);
        }
    }

    private static Task RefuseAsync(HttpContext http, int status, DomainError error)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = error.Message, extensions = new { code = error.Code.ToWire() } } } });
    }
}
