using Ladok.Kernel.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Reporting.GraphQL;

public sealed class ReportingQueryContributor : ISchemaContributor
{
    /// <summary>Years one <c>fullTimeEquivalents(years:)</c> reads: a dashboard's decade and then some.</summary>
    private const int MaxYears = 20;

    public void Contribute(SchemaComposition schema)
    {
        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FteRowType>>>>("fullTimeEquivalents")
            .Description("Funded HST and HPR (UKÄ's: first and second cycle, no contract education, no fee-paying student's term) "
                + "for a calendar year or a term, for a unit (and the units below it) or a course, grouped as asked, "
                + "with a breakdown per educational area. Covers only units where you may read figures.")
            .Argument<IntGraphType>("year", "A calendar year, such as 2025.")
            .Argument<TermType>("term", "A term, such as HT2025; instead of `year`.")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("years",
                $"Several calendar years at once (at most {MaxYears}), each year's rows after the one before, for a dashboard over time; instead of `year`.")
            .Argument<StringGraphType>("organisationUnitCode", "A unit: its departments' figures added up.")
            .Argument<StringGraphType>("courseCode", "Only this course's figures, such as 5DV001.")
            .Argument<ListGraphType<NonNullGraphType<FteGroupingType>>>("groupBy", "Rows per department and/or per course; one total row when left out.")
            .RequirePolicy(ReportingPolicies.Read)
            .ResolveAsync(async c =>
            {
                var userId = CallerIdentity.RequireUserId(c.User);
                var reader = c.RequestServices!.GetRequiredService<FullTimeEquivalentsReader>();
                var (year, term, years) = (c.GetArgument<int?>("year"), c.GetArgument<string?>("term"), c.GetArgument<List<int>?>("years"));
                if (years is not null && (years.Count is 0 or > MaxYears || year is not null || term is not null))
                {
                    throw LadokException.From(
                        DomainError.Validation($"`years` takes 1 to {MaxYears} years, and neither `year` nor `term` beside it.", "years"));
                }

                var all = new List<FteRow>();
                IEnumerable<int?> periods = years is null ? [year] : years.Distinct().Order().Select(y => (int?)y);
                foreach (var one in periods)
                {
                    var rows = await reader.ReadAsync(new FteQuery(one, term, c.GetArgument<string?>("organisationUnitCode"),
                        c.GetArgument<string?>("courseCode"), c.GetArgument<List<FteGrouping>?>("groupBy") ?? [], userId), c.CancellationToken);
                    all.AddRange(rows.Succeeded ? rows.Value! : throw LadokException.From(rows.Errors[0]));
                }
                return all;
            });

        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportDefinitionType>>>>("reports")
            .Description(
                "Every report `report` runs: the reports to other authorities, inactive-students (the university's inactivity rule) and the " +
                "university plugin's own.")
            .RequirePolicy(ReportingPolicies.Read)
            .Resolve(c => c.RequestServices!.GetRequiredService<ReportCatalog>().All);

        schema.Query.Field<NonNullGraphType<ReportResultType>>("report")
            .Description(
                "Runs a report by name with its parameters. Needs reporting.export (administrators); every run is logged. A plugin report that " +
                "fails gives PLUGIN_FAILURE naming it.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The report's name, as `reports` lists it.")
            .Argument<JsonParametersGraphType>("parameters", "Such as { period: \"HT2025\" }; `reports` lists each report's parameters.")
            .RequirePolicy(ReportingPolicies.Export)
            .ResolveAsync(async c =>
            {
                var run = await RunAsync(c, c.GetArgument<string>("name"), c.GetArgument<Dictionary<string, string>?>("parameters") ?? []);
                return new ReportResult(run.Definition.Name, run.Definition.Columns, run.Rows, run.Truncated, run.CsvPath);
            });

        schema.Query.Field<NonNullGraphType<AuthorityReportType>>("authorityReport")
            .Description(
                "A report to another authority for a period: SCB's individual records per term, CSN's list of results or UKÄ's funded figures. " +
                "Needs reporting.export (administrators); every call is logged.")
            .Argument<NonNullGraphType<AuthorityReportKindType>>("kind", "Which report.")
            .Argument<NonNullGraphType<StringGraphType>>("period",
                "A term such as HT2025; for CSN_RESULTS and UKA_FUNDED also a year such as 2025, for CSN_RESULTS a span of years such as 2021-2025.")
            .RequirePolicy(ReportingPolicies.Export)
            .ResolveAsync(async c =>
            {
                var kind = c.GetArgument<AuthorityReportKind>("kind");
                var run = await RunAsync(c, AuthorityReports.NameOf(kind), new Dictionary<string, string> { ["period"] = c.GetArgument<string>("period") });
                return new AuthorityReport(kind, run.Period, run.Definition.Columns, run.Rows, run.Truncated, run.CsvPath);
            });
    }

    /// <summary>
    /// Runs a report for a GraphQL answer: at most <see cref="AuthorityReports.MaxGraphQLRows"/>
    /// rows (the CSV has them all), logged like every export.
    /// </summary>
    private static async Task<(ReportDefinition Definition, string Period, IReadOnlyList<IReadOnlyList<string>> Rows, bool Truncated, string CsvPath)> RunAsync(
        IResolveFieldContext context, string name, IReadOnlyDictionary<string, string> parameters)
    {
        var userId = CallerIdentity.RequireUserId(context.User);
        var catalog = context.RequestServices!.GetRequiredService<ReportCatalog>();
        var prepared = await catalog.PrepareAsync(name, parameters, userId, context.CancellationToken);
        if (!prepared.Succeeded) throw LadokException.From(prepared.Errors[0]);

        var (definition, period, stream) = prepared.Value;
        var rows = new List<IReadOnlyList<string>>();
        var truncated = false;
        await foreach (var row in stream)
        {
            if (rows.Count == AuthorityReports.MaxGraphQLRows)
            {
                truncated = true;
                break;
            }
            rows.Add(row);
        }
        await catalog.LogAsync(definition, period, "graphql", rows.Count, userId, context.CancellationToken);
        return (definition, period, rows, truncated, ReportCatalog.CsvPath(definition.Name, parameters));
    }
}