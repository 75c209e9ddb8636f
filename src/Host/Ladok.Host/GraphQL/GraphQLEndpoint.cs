using System.Net.Mime;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
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
/// <c>/graphql</c> per the GraphQL-over-HTTP spec: POST with a JSON body, GET for queries. Under
/// <c>application/graphql-response+json</c>: 400 for documents that do not parse or validate, 401/403 when the
/// caller may not run them. Under <c>application/json</c> (what a request with no <c>Accept</c> gets) those are
/// answered 200 with <c>errors</c>, as the spec recommends for that media type. Either way: 405 for a mutation over
/// GET, 406 and 415 for media types we do not speak, 503 when the operation outruns its deadline.
/// </summary>
internal sealed class GraphQLEndpoint(
    LadokSchema schema,
    IDocumentExecuter executer,
    IGraphQLTextSerializer serializer,
    AuthorizationValidationRule authorization,
    IOptions<GraphQLOptions> options,
    IOptions<Database.DatabaseRetryOptions> retryOptions,
    TrustedDocuments trustedDocuments,
    ILogger<GraphQLEndpoint> logger)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    private static readonly Wording NoContentType = new("ingen innehållstyp", "no content type");

    private readonly GraphQLOptions limits = options.Value;
    private readonly string retryAfter = retryOptions.Value.RetryAfterHeader;
    private readonly IValidationRule[] rules = BuildRules(authorization, introspection: false);
    private readonly IValidationRule[] rulesWithIntrospection = BuildRules(authorization, introspection: true);

    public async Task HandleAsync(HttpContext http)
    {
        var responseType = NegotiateResponseType(http.Request);
        if (responseType is null)
        {
            await WriteErrorAsync(
                http, StatusCodes.Status406NotAcceptable, GraphQLResponseJson, DomainError.Of(KernelReasons.NotAcceptable, (Field?)null, GraphQLResponseJson));
            return;
        }

        if (await CallerTokenRefusedAsync(http) is { } tokenProblem)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, responseType, tokenProblem);
            return;
        }

        var (request, failure) = HttpMethods.IsGet(http.Request.Method) ? ReadQueryString(http.Request) : await ReadBodyAsync(http);
        if (request is null)
        {
            await WriteErrorAsync(http, failure!.Value.Status, responseType, failure.Value.Error);
            return;
        }

        var (query, untrusted) = trustedDocuments.DocumentOf(request);
        if (untrusted is not null)
        {
            await WriteErrorAsync(http, DocumentRefused(responseType), responseType, untrusted);
            return;
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, responseType, DomainError.Of(KernelReasons.NoQuery, (Field?)null));
            return;
        }

        if (query.Length > limits.MaxDocumentLength)
        {
            await WriteErrorAsync(http, DocumentRefused(responseType), responseType,
                DomainError.Of(KernelReasons.DocumentTooLong, (Field?)null, query.Length, limits.MaxDocumentLength));
            return;
        }

        GraphQLDocument document;
        try
        {
            if (DocumentCost.CountTokens(query, limits.MaxTokens) > limits.MaxTokens)
            {
                await WriteErrorAsync(
                    http, DocumentRefused(responseType), responseType, DomainError.Of(KernelReasons.TooManyTokens, (Field?)null, limits.MaxTokens));
                return;
            }
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 4 * limits.MaxDepth + 16 });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            await WriteErrorAsync(
                http, DocumentRefused(responseType), responseType, DomainError.Of(KernelReasons.DocumentTooDeep, (Field?)null, limits.MaxDepth));
            return;
        }
        catch (GraphQLParserException e)
        {
            await WriteErrorAsync(
                http, DocumentRefused(responseType), responseType, DomainError.Of(KernelReasons.DocumentDoesNotParse, (Field?)null, e.Message));
            return;
        }

        var operation = SelectedOperation(document, request.OperationName);
        if (HttpMethods.IsGet(http.Request.Method) && operation is { Operation: OperationType.Mutation })
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, responseType, DomainError.Of(KernelReasons.MutationNotPost, (Field?)null));
            return;
        }

        if (OverBudget(document, request.Variables, http.User) is { } refusal)
        {
            await WriteErrorAsync(http, DocumentRefused(responseType), responseType, refusal);
            return;
        }

        var timeout = operation is { Operation: OperationType.Mutation } ? limits.MutationTimeout : limits.QueryTimeout;
        if (await ExecuteWithinAsync(timeout, http, request, query, document) is not { } result)
        {
            var which = operation is { Operation: OperationType.Mutation } ? new Wording("Mutationen", "mutation") : new Wording("Frågan", "query");
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, responseType,
                DomainError.Of(KernelReasons.OperationTimedOut, (Field?)null, which, timeout.TotalSeconds));
            return;
        }

        http.Response.StatusCode = StatusFor(result, responseType);
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        if (http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = retryAfter;
        }
        http.Response.ContentType = responseType;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// Which limit the document breaks for this caller, measured on the syntax tree before validation:
    /// GraphQL.NET's validation rules walk every fragment spread, so a small document of nested spreads
    /// kept a host busy for many seconds before anything refused it.
    /// </summary>
    private DomainError? OverBudget(GraphQLDocument document, Inputs? variables, System.Security.Claims.ClaimsPrincipal user) =>
        DocumentCost.Measure(document, schema, variables).Refusal(CostBudget.For(limits, user.Identity?.IsAuthenticated == true));

    /// <summary>
    /// Runs the operation with a deadline; null when the deadline passed. Resolvers get the deadline's token,
    /// so their database commands are cancelled with it (Npgsql cancels the running command). A client that
    /// disconnects cancels the same token; then the exception goes up and nothing is written.
    /// </summary>
    private async Task<ExecutionResult?> ExecuteWithinAsync(TimeSpan timeout, HttpContext http, GraphQLRequest request, string query, GraphQLDocument document)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(timeout);
        try
        {
            return await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = deadline.Token,
                ValidationRules = MayIntrospect(http.User) ? rulesWithIntrospection : rules,
                UnhandledExceptionDelegate = context =>
                {
                    logger.LogError(context.OriginalException, "Unhandled exception in field {Field}", context.FieldContext?.FieldDefinition.Name);
                    return Task.CompletedTask;
                },
            });
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("Operation {OperationName} stopped at its deadline of {Timeout}", request.OperationName, timeout);
            return null;
        }
    }

    private bool MayIntrospect(System.Security.Claims.ClaimsPrincipal user) => limits.Introspection switch
    {
        IntrospectionPolicy.Everyone => true,
        IntrospectionPolicy.SignedIn => user.Identity?.IsAuthenticated == true,
        _ => false,
    };

    /// <summary>The document's cost is checked before validation (see <see cref="OverBudget"/>), so GraphQL.NET's complexity rule is not among these.</summary>
    private static IValidationRule[] BuildRules(AuthorizationValidationRule authorization, bool introspection)
    {
        var rules = DocumentValidator.CoreRules.ToList();
        if (!introspection) rules.Add(NoIntrospectionValidationRule.Instance);
        rules.Add(authorization);
        return [.. rules];
    }

    /// <summary>
    /// A fault on the server's side is never a client error: 503 when the database was out of reach
    /// (<c>UNAVAILABLE</c>, whether or not the operation had started: a mutation that met it did not commit), and
    /// 500 when nothing ran for an unexpected fault. Otherwise 200 when the operation ran, and when nothing ran
    /// 401 for a missing sign-in, 403 when only rights are missing, 400 for anything else the client sent.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string responseType)
    {
        var codes = result.Errors?.Select(LadokErrorInfoProvider.CodeOf).ToHashSet() ?? [];
        if (codes.Contains(ErrorCode.Unavailable)) return StatusCodes.Status503ServiceUnavailable;
        if (result.Executed) return StatusCodes.Status200OK;
        if (codes.Contains(ErrorCode.Internal)) return StatusCodes.Status500InternalServerError;
        if (responseType == MediaTypeNames.Application.Json) return StatusCodes.Status200OK;
        if (codes.Count == 0 || !codes.IsSubsetOf([ErrorCode.Unauthenticated, ErrorCode.Forbidden])) return StatusCodes.Status400BadRequest;
        return codes.Contains(ErrorCode.Unauthenticated) ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
    }

    /// <summary>
    /// A well-formed request whose document is refused before it runs (too large, does not parse, over budget): 400 under
    /// <c>application/graphql-response+json</c>, 200 with <c>errors</c> under <c>application/json</c> (GraphQL over HTTP, 6.4.1).
    /// </summary>
    private static int DocumentRefused(string responseType) =>
        responseType == MediaTypeNames.Application.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;

    /// <summary>A token was sent but refused (expired, forged, wrong audience): say so instead of answering as anonymous.</summary>
    private static async Task<DomainError?> CallerTokenRefusedAsync(HttpContext http)
    {
        if (!http.Request.Headers.ContainsKey(HeaderNames.Authorization)) return null;

        var result = await http.AuthenticateAsync();
        return result.Succeeded ? null
            : DomainError.Of(result.Failure is SecurityTokenExpiredException ? KernelReasons.TokenExpired : KernelReasons.TokenRefused, (Field?)null);
    }

    private static string? NegotiateResponseType(HttpRequest request)
    {
        // No Accept is taken as application/json, as the spec asks (GraphQL over HTTP, 5.2).
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0) return MediaTypeNames.Application.Json;

        foreach (var range in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (range.Quality == 0) continue;
            if (range.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) || range.MatchesAllTypes
                || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
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
                DocumentId = request.Query["documentId"] is { Count: > 0 } documentId ? documentId.ToString() : null,
                Variables = variables.Length > 0 ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = extensions.Length > 0 ? serializer.Deserialize<Inputs>(extensions) : null,
            }, null);
        }
        catch (JsonException e)
        {
            return (null, new RequestFailure(StatusCodes.Status400BadRequest, KernelReasons.ParametersNotObjects, e.Message));
        }
    }

    private async Task<(GraphQLRequest? Request, RequestFailure? Failure)> ReadBodyAsync(HttpContext http)
    {
        var contentType = http.Request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new RequestFailure(
                StatusCodes.Status415UnsupportedMediaType, KernelReasons.WrongContentType, contentType ?? (object)NoContentType));
        }

        if (http.Request.ContentLength > limits.MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = limits.MaxRequestBytes;
        }

        using var arrival = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        arrival.CancelAfter(limits.RequestBodyTimeout);
        byte[]? body;
        try
        {
            // WaitAsync as well: a server whose body stream ignores the token must not keep the request waiting.
            body = await ReadAtMostAsync(http.Request.Body, limits.MaxRequestBytes, arrival.Token).WaitAsync(arrival.Token);
        }
        catch (OperationCanceledException) when (arrival.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            return (null, new RequestFailure(StatusCodes.Status408RequestTimeout, KernelReasons.BodyTooSlow, limits.RequestBodyTimeout.TotalSeconds));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }

        return body is null ? (null, TooLarge()) : await ParseBodyAsync(body, http.RequestAborted);
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (a chunked body has no length to check first).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>One JSON object in UTF-8, with a sentence for each way a body can be something else.</summary>
    private async Task<(GraphQLRequest? Request, RequestFailure? Failure)> ParseBodyAsync(byte[] body, CancellationToken cancellationToken)
    {
        static (GraphQLRequest?, RequestFailure?) Refused(ErrorReason reason, params object?[] arguments) =>
            (null, new RequestFailure(StatusCodes.Status400BadRequest, reason, arguments));

        if (!System.Text.Unicode.Utf8.IsValid(body)) return Refused(KernelReasons.BodyNotUtf8);

        var start = body.AsSpan().IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0) return Refused(KernelReasons.BodyEmpty);
        if (body[start] == (byte)'[') return Refused(KernelReasons.BatchNotSupported);
        if (body[start] != (byte)'{') return Refused(KernelReasons.BodyNotAnObject);

        try
        {
            using var stream = new MemoryStream(body, writable: false);
            var request = await serializer.ReadAsync<GraphQLRequest>(stream, cancellationToken);
            return request is null ? Refused(KernelReasons.BodyEmpty) : (request, null);
        }
        catch (JsonException e)
        {
            return Refused(KernelReasons.BodyNotJson, e.Message);
        }
    }

    private RequestFailure TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, DomainError.Of(KernelReasons.RequestTooLarge, (Field?)null, limits.MaxRequestBytes));

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string contentType, DomainError error)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [LadokException.From(error)] }, http.RequestAborted);
    }

    private readonly record struct RequestFailure(int Status, DomainError Error)
    {
        public RequestFailure(int status, ErrorReason reason, params object?[] arguments) : this(status, DomainError.Of(reason, (Field?)null, arguments))
        {
        }
    }
}
