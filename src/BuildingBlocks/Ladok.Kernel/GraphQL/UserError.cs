using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Mutations;

namespace Ladok.Kernel.GraphQL;

/// <summary>
/// A refusal returned in a mutation payload's <c>errors</c>: the mutation ran, and said no. <see cref="Message"/> is in
/// the request's language (the current UI culture when the error is turned into a user error).
/// </summary>
public sealed record UserError(ErrorCode Code, string Reason, string Message, IReadOnlyList<string> Path)
{
    /// <summary>The university plugin's rule that refused, when one did.</summary>
    public RefusingRule? Rule { get; init; }

    /// <summary>The error at its field's <see cref="InputPath"/>, with names the input calls otherwise from <paramref name="inputNames"/>.</summary>
    public static UserError From(DomainError error, IReadOnlyDictionary<string, string>? inputNames = null) =>
        new(error.Code, error.Reason.Name, ErrorTexts.Message(error), InputPath.Of(error.Field, inputNames)) { Rule = error.Rule };

    public static IReadOnlyList<UserError> From(IEnumerable<DomainError> errors, IReadOnlyDictionary<string, string>? inputNames = null) =>
        errors.Select(e => From(e, inputNames)).ToList();
}
