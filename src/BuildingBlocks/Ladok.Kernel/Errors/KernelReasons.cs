namespace Ladok.Kernel.Errors;

/// <summary>
/// The reasons the Kernel and the host give: one per <see cref="ErrorCode"/> (its sentence, for a refusal that has no
/// finer reason) and the request-level and cross-module ones. Texts in <c>KernelReasons.resx</c> (Swedish) and
/// <c>KernelReasons.en.resx</c>.
/// </summary>
public static class KernelReasons
{
    public static readonly ErrorReason Unauthenticated = Reason("UNAUTHENTICATED", ErrorCode.Unauthenticated);
    public static readonly ErrorReason Forbidden = Reason("FORBIDDEN", ErrorCode.Forbidden);
    public static readonly ErrorReason NotFound = Reason("NOT_FOUND", ErrorCode.NotFound);
    public static readonly ErrorReason Validation = Reason("VALIDATION", ErrorCode.Validation);
    public static readonly ErrorReason Conflict = Reason("CONFLICT", ErrorCode.Conflict);
    public static readonly ErrorReason InvalidState = Reason("INVALID_STATE", ErrorCode.InvalidState);
    public static readonly ErrorReason PluginFailure = Reason("PLUGIN_FAILURE", ErrorCode.PluginFailure);
    public static readonly ErrorReason BadRequest = Reason("BAD_REQUEST", ErrorCode.BadRequest);
    public static readonly ErrorReason InvalidDocument = Reason("INVALID_DOCUMENT", ErrorCode.InvalidDocument);
    public static readonly ErrorReason DocumentTooComplex = Reason("DOCUMENT_TOO_COMPLEX", ErrorCode.DocumentTooComplex);
    public static readonly ErrorReason TimedOut = Reason("TIMED_OUT", ErrorCode.TimedOut);
    public static readonly ErrorReason Internal = Reason("INTERNAL", ErrorCode.Internal);
    public static readonly ErrorReason RateLimited = Reason("RATE_LIMITED", ErrorCode.RateLimited);
    public static readonly ErrorReason Unavailable = Reason("UNAVAILABLE", ErrorCode.Unavailable);

    /// <summary>The row changed since the caller read it (an optimistic-concurrency version). No arguments.</summary>
    public static readonly ErrorReason StaleVersion = Reason("STALE_VERSION", ErrorCode.Conflict);

    /// <summary>The sign-in carries no user id. No arguments.</summary>
    public static readonly ErrorReason NoUserId = Reason("NO_USER_ID", ErrorCode.Unauthenticated);

    /// <summary>A student's own field or mutation asked by someone not signed in as a student (staff, or a claim naming nobody). No arguments.</summary>
    public static readonly ErrorReason NotAStudent = Reason("NOT_A_STUDENT", ErrorCode.Forbidden);

    /// <summary>A signed download link that lacks a part, was altered or was signed with another key. No arguments.</summary>
    public static readonly ErrorReason LinkInvalid = Reason("LINK_INVALID", ErrorCode.Unauthenticated);

    /// <summary>A signed download link used after its time. No arguments.</summary>
    public static readonly ErrorReason LinkExpired = Reason("LINK_EXPIRED", ErrorCode.Unauthenticated);

    /// <summary>A token was sent and refused. No arguments.</summary>
    public static readonly ErrorReason TokenRefused = Reason("TOKEN_REFUSED", ErrorCode.Unauthenticated);

    /// <summary>None of the caller's permissions includes the policy. {0} the policy.</summary>
    public static readonly ErrorReason PermissionMissing = Reason("PERMISSION_MISSING", ErrorCode.Forbidden);

    /// <summary>A student asked for another student's record. No arguments.</summary>
    public static readonly ErrorReason OtherStudent = Reason("OTHER_STUDENT", ErrorCode.Forbidden);

    /// <summary>A root field declares no policy. {0} the field.</summary>
    public static readonly ErrorReason NoPolicy = Reason("NO_POLICY", ErrorCode.Forbidden);

    /// <summary>A text that must be given is empty. {0} what (a <see cref="Wording"/> such as "Namn" / "A name").</summary>
    public static readonly ErrorReason Required = Reason("REQUIRED", ErrorCode.Validation);

    /// <summary>A text is longer than its rule allows. {0} what (a <see cref="Wording"/>), {1} the most characters.</summary>
    public static readonly ErrorReason TooLong = Reason("TOO_LONG", ErrorCode.Validation);

    /// <summary>Introspection asked for where it is off (GraphQL.NET writes the message). No arguments.</summary>
    public static readonly ErrorReason IntrospectionOff = Reason("INTROSPECTION_OFF", ErrorCode.Forbidden);

    /// <summary>Both <c>first</c> and <c>last</c>. No arguments.</summary>
    public static readonly ErrorReason FirstAndLast = Reason("FIRST_AND_LAST", ErrorCode.Validation);

    /// <summary>A page size out of range. {0} the largest, {1} the size asked for.</summary>
    public static readonly ErrorReason PageSize = Reason("PAGE_SIZE", ErrorCode.Validation);

    /// <summary>A cursor this API did not return. {0} the argument.</summary>
    public static readonly ErrorReason NotACursor = Reason("NOT_A_CURSOR", ErrorCode.Validation);

    /// <summary>An id this API did not return. {0} the text given.</summary>
    public static readonly ErrorReason NotAnId = Reason("NOT_AN_ID", ErrorCode.Validation);

    /// <summary>An id of another type than the field takes. {0} the id's type, {1} the type needed.</summary>
    public static readonly ErrorReason WrongIdType = Reason("WRONG_ID_TYPE", ErrorCode.Validation);

    /// <summary>More ids than <c>nodes</c> takes. {0} the most, {1} the number given.</summary>
    public static readonly ErrorReason TooManyIds = Reason("TOO_MANY_IDS", ErrorCode.Validation);

    /// <summary>A university plugin's rule refused. {0} the plugin's text (a <see cref="Wording"/>), {1} its rule code, {2} the plugin.</summary>
    public static readonly ErrorReason PluginRule = Reason("PLUGIN_RULE", ErrorCode.Validation);

    /// <summary>The document is longer than the endpoint takes. {0} its length, {1} the most.</summary>
    public static readonly ErrorReason DocumentTooLong = Reason("DOCUMENT_TOO_LONG", ErrorCode.DocumentTooComplex);

    /// <summary>The document has more tokens than the endpoint takes. {0} the most.</summary>
    public static readonly ErrorReason TooManyTokens = Reason("TOO_MANY_TOKENS", ErrorCode.DocumentTooComplex);

    /// <summary>The document nests deeper than the endpoint takes. {0} the most levels.</summary>
    public static readonly ErrorReason DocumentTooDeep = Reason("DOCUMENT_TOO_DEEP", ErrorCode.DocumentTooComplex);

    /// <summary>A selection has more directives than the endpoint takes. {0} how many, {1} the most.</summary>
    public static readonly ErrorReason TooManyDirectives = Reason("TOO_MANY_DIRECTIVES", ErrorCode.DocumentTooComplex);

    /// <summary>The document has more aliases than the endpoint takes. {0} how many, {1} the most.</summary>
    public static readonly ErrorReason TooManyAliases = Reason("TOO_MANY_ALIASES", ErrorCode.DocumentTooComplex);

    /// <summary>The document selects more fields than the caller may. {0} how many, {1} the most, {2} for whom (a <see cref="Wording"/>).</summary>
    public static readonly ErrorReason TooManyFields = Reason("TOO_MANY_FIELDS", ErrorCode.DocumentTooComplex);

    /// <summary>The document is more complex than the caller may ask. {0} its complexity, {1} the most, {2} for whom.</summary>
    public static readonly ErrorReason TooComplex = Reason("TOO_COMPLEX", ErrorCode.DocumentTooComplex);

    /// <summary>The body is larger than the endpoint takes. {0} the most bytes.</summary>
    public static readonly ErrorReason RequestTooLarge = Reason("REQUEST_TOO_LARGE", ErrorCode.DocumentTooComplex);

    /// <summary>A query, mutation or download ran past its deadline. {0} which (a <see cref="Wording"/>), {1} the seconds.</summary>
    public static readonly ErrorReason OperationTimedOut = Reason("OPERATION_TIMED_OUT", ErrorCode.TimedOut);

    /// <summary>The caller's rate limit is spent. {0} the seconds until the next request is taken.</summary>
    public static readonly ErrorReason TooManyRequests = Reason("TOO_MANY_REQUESTS", ErrorCode.RateLimited);

    /// <summary>A token was sent that has expired. No arguments.</summary>
    public static readonly ErrorReason TokenExpired = Reason("TOKEN_EXPIRED", ErrorCode.Unauthenticated);

    /// <summary>No organisation unit (department, faculty) has the code. {0} the code.</summary>
    public static readonly ErrorReason OrganisationUnitNotFound = Reason("ORGANISATION_UNIT_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>Not a term: HT or VT and a four-digit year from 1900 to 2199, such as HT2025. {0} as written.</summary>
    public static readonly ErrorReason InvalidTerm = Reason("INVALID_TERM", ErrorCode.Validation);

    /// <summary>A `version` this API did not return. {0} as written.</summary>
    public static readonly ErrorReason NotAVersion = Reason("NOT_A_VERSION", ErrorCode.Validation);

    /// <summary>No such student. No arguments.</summary>
    public static readonly ErrorReason StudentNotFound = Reason("STUDENT_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>No such course offering. No arguments.</summary>
    public static readonly ErrorReason OfferingNotFound = Reason("OFFERING_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>No such course version, or the course version is gone from the catalogue. No arguments.</summary>
    public static readonly ErrorReason CourseVersionNotFound = Reason("COURSE_VERSION_NOT_FOUND", ErrorCode.NotFound);

    /// <summary>A cursor from the list in another `orderBy`. No arguments.</summary>
    public static readonly ErrorReason CursorOfOtherOrder = Reason("CURSOR_OF_OTHER_ORDER", ErrorCode.Validation);

    /// <summary>The Accept header allows neither response type the endpoint writes. {0} the response type.</summary>
    public static readonly ErrorReason NotAcceptable = Reason("NOT_ACCEPTABLE", ErrorCode.BadRequest);

    /// <summary>A body that is not application/json. {0} the content type (a Wording when none).</summary>
    public static readonly ErrorReason WrongContentType = Reason("WRONG_CONTENT_TYPE", ErrorCode.BadRequest);

    /// <summary>The body did not arrive in time. {0} the seconds.</summary>
    public static readonly ErrorReason BodyTooSlow = Reason("BODY_TOO_SLOW", ErrorCode.BadRequest);

    /// <summary>The body is not UTF-8. No arguments.</summary>
    public static readonly ErrorReason BodyNotUtf8 = Reason("BODY_NOT_UTF8", ErrorCode.BadRequest);

    /// <summary>An empty body. No arguments.</summary>
    public static readonly ErrorReason BodyEmpty = Reason("BODY_EMPTY", ErrorCode.BadRequest);

    /// <summary>A JSON array of operations. No arguments.</summary>
    public static readonly ErrorReason BatchNotSupported = Reason("BATCH_NOT_SUPPORTED", ErrorCode.BadRequest);

    /// <summary>A body that is JSON but not an object. No arguments.</summary>
    public static readonly ErrorReason BodyNotAnObject = Reason("BODY_NOT_AN_OBJECT", ErrorCode.BadRequest);

    /// <summary>A body that is not valid JSON. {0} the JSON reader's message (English).</summary>
    public static readonly ErrorReason BodyNotJson = Reason("BODY_NOT_JSON", ErrorCode.BadRequest);

    /// <summary>`variables` or `extensions` of a GET request that is not a JSON object. {0} the JSON reader's message (English).</summary>
    public static readonly ErrorReason ParametersNotObjects = Reason("PARAMETERS_NOT_OBJECTS", ErrorCode.BadRequest);

    /// <summary>A request with neither `query` nor `documentId`. No arguments.</summary>
    public static readonly ErrorReason NoQuery = Reason("NO_QUERY", ErrorCode.BadRequest);

    /// <summary>A mutation sent with GET. No arguments.</summary>
    public static readonly ErrorReason MutationNotPost = Reason("MUTATION_NOT_POST", ErrorCode.BadRequest);

    /// <summary>Both `query` and `documentId`. No arguments.</summary>
    public static readonly ErrorReason QueryAndDocumentId = Reason("QUERY_AND_DOCUMENT_ID", ErrorCode.InvalidDocument);

    /// <summary>A `documentId` this server has not registered. {0} the document id.</summary>
    public static readonly ErrorReason DocumentNotRegistered = Reason("DOCUMENT_NOT_REGISTERED", ErrorCode.InvalidDocument);

    /// <summary>A document sent as text where the server runs only registered (trusted) documents. No arguments.</summary>
    public static readonly ErrorReason OnlyRegisteredDocuments = Reason("ONLY_REGISTERED_DOCUMENTS", ErrorCode.InvalidDocument);

    /// <summary>The document is not GraphQL. {0} the parser's message (English).</summary>
    public static readonly ErrorReason DocumentDoesNotParse = Reason("DOCUMENT_DOES_NOT_PARSE", ErrorCode.InvalidDocument);

    /// <summary>A variable's value does not fit its type. {0} GraphQL.NET's message (English).</summary>
    public static readonly ErrorReason InvalidVariable = Reason("INVALID_VARIABLE", ErrorCode.InvalidDocument);

    /// <summary>A university plugin threw; nothing was changed. {0} the extension point, {1} the plugin, {2} the exception's type and message.</summary>
    public static readonly ErrorReason PluginThrew = Reason("PLUGIN_THREW", ErrorCode.PluginFailure);

    /// <summary>A university plugin did not answer in time; nothing was changed. {0} the extension point, {1} the plugin, {2} the seconds.</summary>
    public static readonly ErrorReason PluginDidNotAnswer = Reason("PLUGIN_DID_NOT_ANSWER", ErrorCode.PluginFailure);

    private static readonly Dictionary<ErrorCode, ErrorReason> ByCode = new()
    {
        [ErrorCode.Unauthenticated] = Unauthenticated,
        [ErrorCode.Forbidden] = Forbidden,
        [ErrorCode.NotFound] = NotFound,
        [ErrorCode.Validation] = Validation,
        [ErrorCode.Conflict] = Conflict,
        [ErrorCode.InvalidState] = InvalidState,
        [ErrorCode.PluginFailure] = PluginFailure,
        [ErrorCode.BadRequest] = BadRequest,
        [ErrorCode.InvalidDocument] = InvalidDocument,
        [ErrorCode.DocumentTooComplex] = DocumentTooComplex,
        [ErrorCode.TimedOut] = TimedOut,
        [ErrorCode.Internal] = Internal,
        [ErrorCode.RateLimited] = RateLimited,
        [ErrorCode.Unavailable] = Unavailable,
    };

    /// <summary>The code's own reason, whose text is the code's sentence.</summary>
    public static ErrorReason OfCode(ErrorCode code) => ByCode[code];

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(KernelReasons), name, code);
}
