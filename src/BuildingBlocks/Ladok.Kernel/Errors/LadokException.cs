using GraphQL;

namespace Ladok.Kernel.Errors;

/// <summary>
/// A refusal raised inside a query resolver, or by the host before the operation runs. GraphQL.NET passes an
/// <see cref="ExecutionError"/> through unchanged, so the client sees the code, the reason and the message (written in
/// the caller's language by the host's error info provider), never a stack trace.
/// </summary>
public sealed class LadokException : ExecutionError
{
    public LadokException(DomainError error) : base(error.Message)
    {
        Error = error;
        Code = error.Code.ToWire();
    }

    /// <summary>A refusal for <paramref name="reason"/> with the values its text needs.</summary>
    public LadokException(ErrorReason reason, params object?[] arguments) : this(DomainError.Of(reason, (Field?)null, arguments))
    {
    }

    /// <summary>The refusal, whose reason and arguments give its text in any language.</summary>
    public DomainError Error { get; }

    public ErrorCode ErrorCode => Error.Code;

    public static LadokException From(DomainError error) => new(error);
}
