using GraphQL.Types;

namespace Ladok.Kernel.GraphQL.Scalars;

/// <summary><c>DateTime</c>: an instant in ISO 8601 with its offset; GraphQL.NET's <c>DateTimeOffset</c> scalar under its plain name.</summary>
public sealed class DateTimeType : DateTimeOffsetGraphType
{
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "An instant in ISO 8601 with its offset from UTC, such as 2026-01-19T09:30:00+01:00.";
    }
}
