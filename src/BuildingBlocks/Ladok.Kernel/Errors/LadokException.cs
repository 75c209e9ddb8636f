using GraphQL;

namespace Ladok.Kernel.Errors;

/// <summary>
/// A refusal raised inside a query resolver. GraphQL.NET passes an <see cref="ExecutionError"/>
/// through unchanged, so the client sees the code and message, never a stack trace.
/// </summary>
public sealed class LadokException : ExecutionError
{
    public LadokException(ErrorCode code, string message) : base(message)
    {
        ErrorCode = code;
        Code = code.ToWire();
    }

    public ErrorCode ErrorCode { get; }

    public static LadokException From(DomainError error) => new(error.Code, error.Message);
}
