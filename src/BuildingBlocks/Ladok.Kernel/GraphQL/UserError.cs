using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL;

/// <summary>A refusal returned in a mutation payload's <c>errors</c>: the mutation ran, and said no.</summary>
public sealed record UserError(ErrorCode Code, string Message, IReadOnlyList<string> Path)
{
    public static UserError From(DomainError error) => new(error.Code, error.Message, error.Path);

    public static IReadOnlyList<UserError> From(IEnumerable<DomainError> errors) => errors.Select(From).ToList();
}
