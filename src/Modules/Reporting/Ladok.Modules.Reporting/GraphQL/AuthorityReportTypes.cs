using GraphQL.Types;
using Ladok.Modules.Reporting.Application;

namespace Ladok.Modules.Reporting.GraphQL;

/// <summary>A report's rows as text, in the order of its columns; the same content as its CSV.</summary>
public sealed record AuthorityReport(
    AuthorityReportKind Kind, string Period, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, bool Truncated, string CsvPath);

public sealed class AuthorityReportType : ObjectGraphType<AuthorityReport>
{
    public AuthorityReportType()
    {
        Name = "AuthorityReport";
        Description = "A report to another authority (SFS 1993:1153): documented columns and rows of text, as in its CSV.";
        Field<NonNullGraphType<AuthorityReportKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(r => r.Period);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportColumnType>>>>("columns").Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>("rows")
            .Description($"At most {AuthorityReports.MaxGraphQLRows} rows; `truncated` says when there are more: take the CSV.").Resolve(c => c.Source.Rows);
        Field(r => r.Truncated).Description("True when the report has more rows than `rows` holds.");
        Field(r => r.CsvPath).Description("Where the whole report streams as CSV (GET, with the same sign-in and right).");
    }
}

public sealed class ReportColumnType : ObjectGraphType<ReportColumn>
{
    public ReportColumnType()
    {
        Name = "ReportColumn";
        Field(c => c.Name).Description("The column's name, as in the CSV's header.");
        Field(c => c.Description);
    }
}

public sealed class AuthorityReportKindType : EnumerationGraphType<AuthorityReportKind>
{
    public AuthorityReportKindType()
    {
        Name = "AuthorityReportKind";
        Description = "SCB_TERM: SCB's individual records, one row per student, term and course with the registration, registered and completed "
            + "credits and the course's attributes (period: a term). "
            + "CSN_RESULTS: attested results with identity numbers (period: a term or a year). "
            + "UKA_FUNDED: funded HST and HPR per educational area (period: a term or a year).";
    }
}
