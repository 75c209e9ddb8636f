using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL;

/// <summary>A refusal returned in a mutation payload's <c>errors</c>: the mutation ran, and said no.</summary>
public sealed record UserError(ErrorCode Code, string Message, IReadOnlyList<string> Path)
{
    /// <summary>The university plugin's rule that refused, when one did.</summary>
    public RefusingRule? Rule { get; init; }

    public static UserError From(DomainError error) => new(error.Code, error.Message, error.Path) { Rule = error.Rule };

    public static IReadOnlyList<UserError> From(IEnumerable<DomainError> errors) => errors.Select(From).ToList();
}
