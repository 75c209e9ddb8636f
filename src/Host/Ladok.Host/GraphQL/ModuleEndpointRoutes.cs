using Ladok.Host.Database;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ladok.Host.GraphQL;

internal static class ModuleEndpointRoutes
{
    /// <summary>
    /// Maps each module's <see cref="IModuleEndpoint"/> as a GET route. The caller is signed in as for
    /// <c>/graphql</c> (a refused token is 401, not anonymous), and the endpoint's policy is checked
    /// with the same evaluator the GraphQL fields use before the module is called.
    /// </summary>
    public static void MapModuleEndpoints(this WebApplication app)
    {
        foreach (var endpoint in app.Services.GetServices<IModuleEndpoint>())
        {
            app.MapGet(endpoint.Pattern, async (
                HttpContext http, IAuthorizationPolicyEvaluator evaluator, IOptions<GraphQLOptions> options, IOptions<DatabaseRetryOptions> retry,
                SignedLinks links) =>
            {
                try
                {
                    return await AuthorizedAsync(http, endpoint, evaluator, links, options.Value.ExportTimeout, retry.Value.RetryAfterHeader);
                }
                catch (Exception e) when (TransientDatabaseFault.Is(e) && !http.RequestAborted.IsCancellationRequested)
                {
                    return Unavailable(retry.Value.RetryAfterHeader);
                }
            });
        }
    }

    /// <summary>
    /// The download, once the caller is signed in (by a bearer token, or by a signed link standing for the user it was made for) and
    /// the endpoint's policy allows them; else 401 or 403.
    /// </summary>
    private static async Task<IResult> AuthorizedAsync(
        HttpContext http, IModuleEndpoint endpoint, IAuthorizationPolicyEvaluator evaluator, SignedLinks links, TimeSpan timeout, string retryAfter)
    {
        if (http.Request.Query.ContainsKey(SignedLinks.SignatureParameter))
        {
            var query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
            var (userId, linkRefused) = links.Verify(http.Request.Path, query);
            if (userId is null) return Refused(StatusCodes.Status401Unauthorized, DomainError.Of(linkRefused!, (Field?)null));
            http.User = SignedLinks.PrincipalOf(userId, query);
        }
        else if (http.Request.Headers.ContainsKey(HeaderNames.Authorization) && !(await http.AuthenticateAsync()).Succeeded)
        {
            return Refused(StatusCodes.Status401Unauthorized, DomainError.Of(KernelReasons.TokenRefused, (Field?)null));
        }

        var decision = await evaluator.EvaluateAsync(endpoint.Policy, http.User, http.RequestAborted);
        if (decision.Refusal is { } refusal)
        {
            return Refused(refusal.Code == ErrorCode.Unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden, refusal);
        }

        return new WithinDeadline(timeout, retryAfter, endpoint);
    }

    /// <summary>
    /// Makes and sends the download under <see cref="GraphQLOptions.ExportTimeout"/>; the module's database commands get the
    /// deadline's token. Past it: 503 <c>TIMED_OUT</c> if nothing was sent yet, else the connection is cut so a partial file
    /// cannot pass for a whole one. A client that disconnects cancels the same token. The database out of reach is 503
    /// <c>UNAVAILABLE</c> with <c>Retry-After</c> (a download writes nothing, so asking again is safe), or a cut connection.
    /// </summary>
    private sealed class WithinDeadline(TimeSpan timeout, string retryAfter, IModuleEndpoint endpoint) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            deadline.CancelAfter(timeout);
            try
            {
                await (await RespondAsync(http, deadline.Token)).ExecuteAsync(http);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
            {
                if (http.Response.HasStarted)
                {
                    http.Abort();
                    return;
                }
                var late = DomainError.Of(KernelReasons.OperationTimedOut, (Field?)null, new Wording("Nedladdningen", "download"), timeout.TotalSeconds);
                await Refused(StatusCodes.Status503ServiceUnavailable, late).ExecuteAsync(http);
            }
            catch (Exception e) when (TransientDatabaseFault.Is(e) && !http.RequestAborted.IsCancellationRequested)
            {
                if (http.Response.HasStarted)
                {
                    http.Abort();
                    return;
                }
                await Unavailable(retryAfter).ExecuteAsync(http);
            }
        }

        private async Task<IResult> RespondAsync(HttpContext http, CancellationToken cancellationToken)
        {
            var routeValues = http.Request.RouteValues.ToDictionary(v => v.Key, v => v.Value?.ToString());
            var baseAddress = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
            var query = http.Request.Query.Where(q => !SignedLinks.IsLinkParameter(q.Key)).ToDictionary(q => q.Key, q => q.Value.ToString());
            var response = await endpoint.HandleAsync(new ModuleRequest(routeValues, query, http.User, baseAddress), cancellationToken);
            if (response.Write is { } write)
            {
                return Results.Stream(body => write(body, cancellationToken), response.ContentType, response.FileName);
            }
            return response.StatusCode == StatusCodes.Status200OK
                ? Results.File(response.Body, response.ContentType, response.FileName)
                : Results.Text(System.Text.Encoding.UTF8.GetString(response.Body), response.ContentType, statusCode: response.StatusCode);
        }
    }

    private static IResult Refused(int status, DomainError error)
    {
        var message = ErrorTexts.Message(error);
        var problem = Results.Json(new { errors = new[] { new { message, extensions = new { code = error.Code.ToWire(), reason = error.Reason.Name } } } },
            statusCode: status);
        return status == StatusCodes.Status401Unauthorized ? new WithHeader(HeaderNames.WWWAuthenticate, "Bearer", problem) : problem;
    }

    /// <summary>503 <c>UNAVAILABLE</c>: the database is out of reach; a download writes nothing, so asking again is safe.</summary>
    private static WithHeader Unavailable(string retryAfter) => new(
        HeaderNames.RetryAfter, retryAfter, Refused(StatusCodes.Status503ServiceUnavailable, DomainError.Of(KernelReasons.Unavailable, (Field?)null)));

    private sealed class WithHeader(string name, string value, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
