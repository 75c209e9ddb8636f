using System.Security.Claims;
using GraphQL.Validation;
using GraphQLParser.AST;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL.Authorization;

/// <summary>
/// Checks every field that declares a policy against the caller before anything runs. Root
/// fields must declare one: a root field without a policy is refused (fail closed). Nested
/// fields without a policy are covered by their root field's.
/// </summary>
public sealed class AuthorizationValidationRule(IAuthorizationPolicyEvaluator evaluator) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>(enter: (field, ctx) => CheckAsync(field, ctx)));

    private async ValueTask CheckAsync(GraphQLField field, ValidationContext context)
    {
        var definition = context.TypeInfo.GetFieldDef();
        if (definition is null || definition.Name.StartsWith("__", StringComparison.Ordinal)) return;

        var parent = context.TypeInfo.GetParentType();
        var isRoot = parent == context.Schema.Query || parent == context.Schema.Mutation;
        var policy = definition.GetPolicy();
        if (policy is null)
        {
            if (isRoot)
            {
                context.ReportError(new AuthorizationError(DomainError.Of(KernelReasons.NoPolicy, (Field?)null, definition.Name), null, field));
            }
            return;
        }

        var caller = context.User ?? new ClaimsPrincipal(new ClaimsIdentity());
        var decision = await evaluator.EvaluateAsync(policy, caller, context.CancellationToken);
        if (decision.Refusal is { } refusal)
        {
            context.ReportError(new AuthorizationError(refusal, definition.Name, field));
        }
    }
}
