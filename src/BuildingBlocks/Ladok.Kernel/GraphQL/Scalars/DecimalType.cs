using GraphQL.Types;

namespace Ladok.Kernel.GraphQL.Scalars;

/// <summary>GraphQL.NET's <c>Decimal</c> scalar, described; the schema registers it in place of the undescribed built-in.</summary>
public sealed class DecimalType : DecimalGraphType
{
    public DecimalType()
    {
        Name = "Decimal";
        Description = "An exact decimal number, such as credits in hp (7.5) or full-time equivalents; sent as a JSON number.";
    }
}
