using GraphQL.Validation;
using GraphQLParser.AST;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL.Authorization;

/// <summary>A field the caller may not ask for; the whole document is refused before it runs.</summary>
public sealed class AuthorizationError : ValidationError
{
    public AuthorizationError(ErrorCode code, string message, ASTNode node) : base(default, null, message, node)
    {
        ErrorCode = code;
        Code = code.ToWire();
    }

    public ErrorCode ErrorCode { get; }
}
