using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Authorization;

namespace Ladok.Host.GraphQL;

/// <summary>
/// Puts one of the Kernel's error codes in <c>extensions.code</c> of every error, and keeps
/// exception details (type, stack) out of responses except in Development.
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
        var message = code == ErrorCode.Internal && !exposeExceptionDetails ? ErrorCode.Internal.Describe() : info.Message;
        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    internal static ErrorCode CodeOf(ExecutionError error) => error switch
    {
        LadokException ladok => ladok.ErrorCode,
        AuthorizationError authorization => authorization.ErrorCode,
        ComplexityError => ErrorCode.DocumentTooComplex,
        NoIntrospectionError => ErrorCode.Forbidden,
        ValidationError or DocumentError => ErrorCode.InvalidDocument,
        _ => ErrorCode.Internal,
    };
}
