using GraphQL.Types;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL;

public sealed class ErrorCodeType : EnumerationGraphType
{
    public ErrorCodeType()
    {
        Name = "ErrorCode";
        Description = "Why something was refused. Each value's description is a sentence a front end can show.";
        foreach (var code in Enum.GetValues<ErrorCode>())
        {
            Add(code.ToWire(), code, code.Describe());
        }
    }
}

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A refusal returned by a mutation: which rule, in words, and which input field it concerns.";
        Field(e => e.Code, type: typeof(NonNullGraphType<ErrorCodeType>)).Description("What kind of refusal; stable for a front end to match on.");
        Field(e => e.Reason)
            .Description("Why, finer than the code and stable for a front end to branch on, such as SESSION_FULL or STALE_VERSION; the list with "
                + "meanings is in docs/graphql.md.");
        Field(e => e.Message).Description("Why, in a sentence a front end can show as it is, in the language of the request's Accept-Language "
            + "(Swedish unless English is asked for).");
        Field(e => e.Path).Description("The input field the error concerns, as a path from the mutation's arguments.");
        Field<RefusingRuleType>("rule")
            .Description("The university plugin's rule that refused, when one did (code VALIDATION); null for the product's own rules.")
            .Resolve(context => context.Source.Rule);
    }
}

public sealed class RefusingRuleType : ObjectGraphType<RefusingRule>
{
    public RefusingRuleType()
    {
        Name = "RefusingRule";
        Description = "A rule a university plugin adds, such as a result rule checked before results are marked ready or attested.";
        Field(r => r.Plugin).Description("The plugin's id, such as se.umu.ladok.");
        Field(r => r.Code).Description("The plugin's own code for the rule, stable for a front end to match on.");
    }
}
