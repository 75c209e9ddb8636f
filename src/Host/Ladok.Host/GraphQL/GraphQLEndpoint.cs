using System.Net.Mime;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace Ladok.Host.GraphQL;

/// <summary>
/// <c>/graphql</c> per the GraphQL-over-HTTP spec: POST with a JSON body, GET for queries,
/// <c>application/graphql-response+json</c> (or <c>application/json</c> when that is all the
/// client accepts), 400 for documents that do not parse or validate, 401/403 when the caller
/// may not run them, 405 for a mutation over GET, 406 and 415 for media types we do not speak.
/// </summary>
internal sealed class GraphQLEndpoint(
    LadokSchema schema,
    IDocumentExecuter executer,
    IGraphQLTextSerializer serializer,
    AuthorizationValidationRule authorization,
    IOptions<GraphQLOptions> options,
    IOptions<Database.DatabaseRetryOptions> retryOptions,
    ILogger<GraphQLEndpoint> logger)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    private readonly GraphQLOptions limits = options.Value;
    private readonly TimeSpan retryAfter = retryOptions.Value.RetryAfter;
    private readonly IValidationRule[] rules = BuildRules(options.Value, authorization);

    public async Task HandleAsync(HttpContext http)
    {
        var responseType = NegotiateResponseType(http.Request);
        if (responseType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, GraphQLResponseJson, ErrorCode.BadRequest,
                $"This endpoint answers with {GraphQLResponseJson} or application/json; the Accept header allows neither.");
            return;
        }

        if (await CallerTokenRefusedAsync(http) is { } tokenProblem)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, responseType, ErrorCode.Unauthenticated, tokenProblem);
            return;
        }

        var (request, failure) = HttpMethods.IsGet(http.Request.Method) ? ReadQueryString(http.Request) : await ReadBodyAsync(http);
        if (failure is not null)
        {
            await WriteErrorAsync(http, failure.Value.Status, responseType, failure.Value.Code, failure.Value.Message);
            return;
        }

        var query = request!.Query;
        if (string.IsNullOrWhiteSpace(query))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, responseType, ErrorCode.BadRequest, "The request has no `query`.");
            return;
        }

        if (query.Length > limits.MaxDocumentLength)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, responseType, ErrorCode.DocumentTooComplex,
                $"The document has {query.Length:N0} characters; at most {limits.MaxDocumentLength:N0} are accepted.");
            return;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 4 * limits.MaxDepth + 16 });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, responseType, ErrorCode.DocumentTooComplex,
                $"The document is nested too deeply; fields may nest at most {limits.MaxDepth} levels.");
            return;
        }
        catch (GraphQLParserException e)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, responseType, ErrorCode.InvalidDocument, $"The document does not parse: {e.Message}");
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method) && SelectedOperation(document, request.OperationName) is { Operation: OperationType.Mutation })
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, responseType, ErrorCode.BadRequest, "Mutations must be sent with POST.");
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = rules,
            UnhandledExceptionDelegate = context =>
            {
                logger.LogError(context.OriginalException, "Unhandled exception in field {Field}", context.FieldContext?.FieldDefinition.Name);
                return Task.CompletedTask;
            },
        });

        http.Response.StatusCode = StatusFor(result);
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        if (http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        http.Response.ContentType = responseType;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static IValidationRule[] BuildRules(GraphQLOptions limits, AuthorizationValidationRule authorization)
    {
        var rules = DocumentValidator.CoreRules.ToList();
        var defaultImpact = new ComplexityOptions().DefaultComplexityImpactDelegate;
        rules.Add(new ComplexityValidationRule(new ComplexityOptions
        {
            MaxDepth = limits.MaxDepth,
            MaxComplexity = limits.MaxComplexity,
            // Introspection reads the schema, not the database, and GraphiQL's own query nests
            // type references deeply: it costs nothing here (it is switched off where unwanted).
            DefaultComplexityImpactDelegate = field => field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                ? new FieldComplexityResult(0, 0)
                : defaultImpact(field),
        }));
        if (!limits.Introspection) rules.Add(NoIntrospectionValidationRule.Instance);
        rules.Add(authorization);
        return [.. rules];
    }

    /// <summary>
    /// A fault on the server's side is never a client error: 503 when the database was out of reach
    /// (<c>UNAVAILABLE</c>, whether or not the operation had started: a mutation that met it did not commit), and
    /// 500 when nothing ran for an unexpected fault. Otherwise 200 when the operation ran, and when nothing ran
    /// 401 for a missing sign-in, 403 when only rights are missing, 400 for anything else the client sent.
    /// </summary>
    private static int StatusFor(ExecutionResult result)
    {
        var codes = result.Errors?.Select(LadokErrorInfoProvider.CodeOf).ToHashSet() ?? [];
        if (codes.Contains(ErrorCode.Unavailable)) return StatusCodes.Status503ServiceUnavailable;
        if (result.Executed) return StatusCodes.Status200OK;
        if (codes.Contains(ErrorCode.Internal)) return StatusCodes.Status500InternalServerError;
        if (codes.Count == 0 || !codes.IsSubsetOf([ErrorCode.Unauthenticated, ErrorCode.Forbidden])) return StatusCodes.Status400BadRequest;
        return codes.Contains(ErrorCode.Unauthenticated) ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
    }

    /// <summary>A token was sent but refused (expired, forged, wrong audience): say so instead of answering as anonymous.</summary>
    private static async Task<string?> CallerTokenRefusedAsync(HttpContext http)
    {
        if (!http.Request.Headers.ContainsKey(HeaderNames.Authorization)) return null;

        var result = await http.AuthenticateAsync();
        return result.Succeeded ? null
            : result.Failure is SecurityTokenExpiredException ? "Your sign-in has expired. Sign in again."
            : "The bearer token was refused: it is malformed, not signed by a trusted issuer, or meant for another audience.";
    }

    private static string? NegotiateResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0) return GraphQLResponseJson;

        foreach (var range in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (range.Quality == 0) continue;
            if (range.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) || range.MatchesAllTypes || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (range.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)) return MediaTypeNames.Application.Json;
        }

        return null;
    }

    private (GraphQLRequest? Request, RequestFailure? Failure) ReadQueryString(HttpRequest request)
    {
        var variables = request.Query["variables"].ToString();
        var extensions = request.Query["extensions"].ToString();
        try
        {
            return (new GraphQLRequest
            {
                Query = request.Query["query"].ToString(),
                OperationName = request.Query["operationName"] is { Count: > 0 } name ? name.ToString() : null,
                Variables = variables.Length > 0 ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = extensions.Length > 0 ? serializer.Deserialize<Inputs>(extensions) : null,
            }, null);
        }
        catch (JsonException e)
        {
            return (null, new RequestFailure(StatusCodes.Status400BadRequest, ErrorCode.BadRequest, $"`variables` or `extensions` is not a JSON object: {e.Message}"));
        }
    }

    private async Task<(GraphQLRequest? Request, RequestFailure? Failure)> ReadBodyAsync(HttpContext http)
    {
        var contentType = http.Request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new RequestFailure(StatusCodes.Status415UnsupportedMediaType, ErrorCode.BadRequest,
                $"Send the request as application/json; it came as {contentType ?? "no content type"}."));
        }

        if (http.Request.ContentLength > limits.MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = limits.MaxRequestBytes;
        }

        try
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            return request is null
                ? (null, new RequestFailure(StatusCodes.Status400BadRequest, ErrorCode.BadRequest, "The body is empty; send {\"query\": \"…\"}."))
                : (request, null);
        }
        catch (JsonException e)
        {
            return (null, new RequestFailure(StatusCodes.Status400BadRequest, ErrorCode.BadRequest, $"The body is not valid JSON: {e.Message}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
    }

    private RequestFailure TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCode.DocumentTooComplex, $"The request body is larger than {limits.MaxRequestBytes:N0} bytes.");

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string contentType, ErrorCode code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new LadokException(code, message)] }, http.RequestAborted);
    }

    private readonly record struct RequestFailure(int Status, ErrorCode Code, string Message);
}
