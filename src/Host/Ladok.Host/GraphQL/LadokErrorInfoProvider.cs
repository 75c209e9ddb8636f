using System.Globalization;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Authorization;

namespace Ladok.Host.GraphQL;

/// <summary>
/// Puts one of the Kernel's error codes in <c>extensions.code</c> of every error (<c>UNAVAILABLE</c> for a
/// transient database fault) and its reason in <c>extensions.reason</c>, writes the message of the Kernel's refusals in
/// the request's language, and keeps exception details (type, stack) out of responses except in Development.
/// GraphQL.NET's own validation messages are English with details (names of fields, types, variables): in Swedish they are
/// a sentence for the kind of error followed by GraphQL.NET's message as the detail, with the reason <c>INVALID_DOCUMENT</c>
/// (<c>INVALID_VARIABLE</c> for a variable whose value does not fit its type).
/// </summary>
internal sealed class LadokErrorInfoProvider(bool exposeExceptionDetails) : ErrorInfoProvider(options =>
{
    options.ExposeExceptionDetails = exposeExceptionDetails;
    options.ExposeCode = false;
    options.ExposeCodes = false;
    options.ExposeData = false;
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var code = CodeOf(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions["code"] = code.ToWire();
        string message;
        if (code == ErrorCode.Unavailable || (code == ErrorCode.Internal && !exposeExceptionDetails))
        {
            // A fault on the server's side is shown as its sentence: the exception's text helps no caller (Development excepted for INTERNAL).
            extensions["reason"] = KernelReasons.OfCode(code).Name;
            message = ErrorTexts.Message(DomainError.Of(KernelReasons.OfCode(code), (Field?)null));
        }
        else
        {
            var reason = ReasonOf(executionError, code);
            extensions["reason"] = reason.Name;
            message = executionError switch
            {
                LadokException ladok => ErrorTexts.Message(ladok.Error),
                AuthorizationError authorization => authorization.MessageIn(),
                _ when reason == KernelReasons.InvalidVariable => ErrorTexts.Text(reason, [info.Message], CultureInfo.CurrentUICulture),
                ValidationError or DocumentError when !ErrorTexts.IsEnglish(CultureInfo.CurrentUICulture) =>
                    SwedishDocumentMessage(executionError, info.Message),
                _ => info.Message,
            };
        }
        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    internal static ErrorCode CodeOf(ExecutionError error) => error switch
    {
        // First: a rule or resolver that could not reach the database is the server's fault, whatever wraps it.
        _ when TransientDatabaseFault.Is(error.InnerException) => ErrorCode.Unavailable,
        LadokException ladok => ladok.ErrorCode,
        AuthorizationError authorization => authorization.ErrorCode,
        NoIntrospectionError => ErrorCode.Forbidden,
        ValidationError or DocumentError => ErrorCode.InvalidDocument,
        _ => ErrorCode.Internal,
    };

    private static ErrorReason ReasonOf(ExecutionError error, ErrorCode code) => error switch
    {
        LadokException ladok => ladok.Error.Reason,
        AuthorizationError authorization => authorization.Error.Reason,
        NoIntrospectionError => KernelReasons.IntrospectionOff,
        ValidationError when error.GetType().Name == "InvalidVariableError" => KernelReasons.InvalidVariable,
        _ => KernelReasons.OfCode(code),
    };

    /// <summary>
    /// A Swedish sentence per kind of GraphQL.NET validation error (keyed by its class), with GraphQL.NET's English message as the
    /// detail, since it names the field, argument or type; replacing GraphQL.NET's rules to word each message would be a fork.
    /// </summary>
    private static readonly Dictionary<string, string> SwedishByErrorClass = new(StringComparer.Ordinal)
    {
        ["FieldsOnCorrectTypeError"] = "Fältet finns inte på typen",
        ["KnownArgumentNamesError"] = "Argumentet finns inte",
        ["ProvidedNonNullArgumentsError"] = "Ett argument som krävs saknas",
        ["ArgumentsOfCorrectTypeError"] = "Ett argument har ett värde av fel typ",
        ["ScalarLeafsError"] = "Ett fält har ett urval av underfält som det inte får ha, eller saknar ett som det behöver",
        ["KnownTypeNamesError"] = "Typen finns inte i schemat",
        ["NoUnusedVariablesError"] = "En variabel deklareras men används inte",
        ["NoUndefinedVariablesError"] = "En variabel används men deklareras inte",
        ["VariablesInAllowedPositionError"] = "En variabel används där dess typ inte passar",
        ["VariablesAreInputTypesError"] = "En variabel har en typ som inte är en indatatyp",
        ["UniqueArgumentNamesError"] = "Ett argument anges mer än en gång",
        ["UniqueVariableNamesError"] = "En variabel deklareras mer än en gång",
        ["KnownDirectivesError"] = "Direktivet finns inte eller får inte stå här",
        ["KnownFragmentNamesError"] = "Fragmentet finns inte",
        ["NoUnusedFragmentsError"] = "Ett fragment definieras men används inte",
        ["NoFragmentCyclesError"] = "Fragmenten hänvisar till varandra i en cirkel",
        ["FragmentsOnCompositeTypesError"] = "Ett fragment står på en typ som inte har fält",
        ["PossibleFragmentSpreadsError"] = "Ett fragment passar inte typen där det används",
        ["LoneAnonymousOperationError"] = "En namnlös operation måste vara ensam i dokumentet",
        ["UniqueOperationNamesError"] = "Två operationer har samma namn",
        ["UniqueFragmentNamesError"] = "Två fragment har samma namn",
        ["UniqueInputFieldNamesError"] = "Ett fält i ett indataobjekt anges mer än en gång",
        ["OverlappingFieldsCanBeMergedError"] = "Två fält med samma namn eller alias begär olika saker",
        ["SingleRootFieldSubscriptionsError"] = "En prenumeration väljer mer än ett fält",
        ["InvalidOperationError"] = "Operationen går inte att köra",
        ["NoOperationError"] = "Dokumentet har ingen operation att köra",
    };

    private static string SwedishDocumentMessage(ExecutionError error, string english) =>
        SwedishByErrorClass.TryGetValue(error.GetType().Name, out var sentence)
            ? $"{sentence}: {english}"
            : $"GraphQL-dokumentet stämmer inte med schemat: {english}";
}
