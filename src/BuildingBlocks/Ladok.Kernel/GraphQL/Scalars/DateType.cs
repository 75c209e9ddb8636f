using GraphQL.Types;

namespace Ladok.Kernel.GraphQL.Scalars;

/// <summary><c>Date</c>: a calendar day in ISO 8601 (<c>2026-01-19</c>); GraphQL.NET's <c>DateOnly</c> scalar under its plain name.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar day in ISO 8601, such as 2026-01-19 (no time, no zone).";
    }
}
