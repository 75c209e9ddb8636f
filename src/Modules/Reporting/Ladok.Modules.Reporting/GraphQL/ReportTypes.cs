using GraphQL.Types;
using GraphQLParser.AST;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Reporting.Application;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Reporting.GraphQL;

public sealed class ReportDefinitionType : ObjectGraphType<ReportDefinition>
{
    public ReportDefinitionType()
    {
        Name = "ReportDefinition";
        Description = "A report `report(name:, parameters:)` runs: built in (to other authorities) or added by the university's plugin.";
        Field(d => d.Name).Description("The name to pass to `report(name:)`.");
        Field(d => d.Title).Description("The report's title, to show.");
        Field(d => d.Description).Description("What the report lists, in words.");
        Field(d => d.FromPlugin).Description("True for the university plugin's own reports.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportParameterType>>>>("parameters")
            .Description("The parameters `report(parameters:)` takes.").Resolve(c => c.Source.Parameters);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportColumnType>>>>("columns")
            .Description("The columns of the report's rows, in order.").Resolve(c => c.Source.Columns);
    }
}

public sealed class ReportParameterType : ObjectGraphType<ReportParameter>
{
    public ReportParameterType()
    {
        Name = "ReportParameter";
        Description = "A parameter of a report, passed in `report(parameters:)`.";
        Field(p => p.Name).Description("The parameter's name, as a key of `parameters`.");
        Field(p => p.Description).Description("What to pass, in words.");
        Field(p => p.Required).Description("True when the report refuses to run without it.");
    }
}

/// <summary>A report's answer: its columns and rows of text, as in its CSV.</summary>
public sealed record ReportResult(string Name, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, bool Truncated, string CsvPath);

public sealed class ReportResultType : ObjectGraphType<ReportResult>
{
    public ReportResultType()
    {
        Name = "ReportResult";
        Description = "A report's answer: its columns and rows of text, as in its CSV.";
        Field(r => r.Name).Description("The report's name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportColumnType>>>>("columns")
            .Description("The columns of `rows`, in order.").Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>("rows")
            .Description($"At most {AuthorityReports.MaxGraphQLRows} rows; `truncated` says when there are more: take the CSV.").Resolve(c => c.Source.Rows);
        Field(r => r.Truncated).Description("True when the report has more rows than `rows` holds.");
        Field<NonNullGraphType<StringGraphType>>("csvPath").Resolve(c => DownloadLinks.SignedFor(c, c.Source.CsvPath))
            .Description("The whole report as CSV, streamed, for those with the report's right. " + DownloadLinks.Description);
    }
}

/// <summary>
/// <c>JSON</c>: a report's parameters as one object of names to strings or numbers, such as
/// <c>{ period: "HT2025", years: 5 }</c>, in the document or as a variable.
/// </summary>
public sealed class JsonParametersGraphType : ScalarGraphType
{
    public JsonParametersGraphType()
    {
        Name = "JSON";
        Description = "An object of names to strings or numbers, such as { period: \"HT2025\" }.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLObjectValue o => (o.Fields ?? []).ToDictionary(f => f.Name.StringValue, f => f.Value switch
        {
            GraphQLStringValue s => s.Value.ToString(),
            GraphQLIntValue i => i.Value.ToString(),
            GraphQLFloatValue d => d.Value.ToString(),
            GraphQLBooleanValue b => b.BoolValue ? "true" : "false",
            _ => throw new ArgumentException($"The report parameter {f.Name.StringValue} must be a string, a number or a boolean."),
        }),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        IDictionary<string, object?> fields => fields.ToDictionary(f => f.Key, f => f.Value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable n => n.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new ArgumentException($"The report parameter {f.Key} must be a string, a number or a boolean."),
        }),
        _ => ThrowValueConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue or GraphQLObjectValue;
}
