using GraphQL.Types;
using Ladok.Kernel.GraphQL;
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
        Field<NonNullGraphType<AuthorityReportKindType>>("kind").Description("Which report: SCB_TERM, CSN_RESULTS or UKA_FUNDED.").Resolve(c => c.Source.Kind);
        Field(r => r.Period).Description("The period reported, as given to `authorityReport(period:)`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportColumnType>>>>("columns")
            .Description("The columns of `rows`, in order.").Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>("rows")
            .Description($"At most {AuthorityReports.MaxGraphQLRows} rows; `truncated` says when there are more: take the CSV.").Resolve(c => c.Source.Rows);
        Field(r => r.Truncated).Description("True when the report has more rows than `rows` holds.");
        Field<NonNullGraphType<StringGraphType>>("csvPath").Resolve(c => DownloadLinks.SignedFor(c, c.Source.CsvPath))
            .Description("The whole report as CSV, streamed, for those with the report's right. " + DownloadLinks.Description);
    }
}

public sealed class ReportColumnType : ObjectGraphType<ReportColumn>
{
    public ReportColumnType()
    {
        Name = "ReportColumn";
        Description = "A column of a report: its name and what it holds.";
        Field(c => c.Name).Description("The column's name, as in the CSV's header.");
        Field(c => c.Description).Description("What the column holds, in words.");
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
        this.DescribeValues(new Dictionary<AuthorityReportKind, string>
        {
            [AuthorityReportKind.ScbTerm] = "SCB's individual records: per student, term and course, the registration and credits (period: a term).",
            [AuthorityReportKind.CsnResults] = "Every attested result decided in the period, with the student's identity number (period: a term or a year).",
            [AuthorityReportKind.UkaFunded] = "UKÄ's funded HST and HPR per educational area (period: a term or a year).",
        });
    }
}
