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
/// GraphQL.NET's own validation messages stay as GraphQL.NET writes them (English), with the reason <c>INVALID_DOCUMENT</c>.
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
            extensions["reason"] = ReasonOf(executionError, code).Name;
            message = executionError switch
            {
                LadokException ladok => ErrorTexts.Message(ladok.Error),
                AuthorizationError authorization => authorization.MessageIn(),
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
        _ => KernelReasons.OfCode(code),
    };
}
