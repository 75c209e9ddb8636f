using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Contracts;
using Ladok.Modules.Reporting.Domain;

namespace Ladok.Modules.Reporting.GraphQL;

/// <summary><c>closeReportingYear</c>: the year-end close of the funded figures, by those who send them to UKÄ.</summary>
public sealed class ClosedYearContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<CloseReportingYearInput, CloseReportingYearCommand, ClosedYear>
        {
            Name = "closeReportingYear",
            Description = "Closes a calendar year at the reporting cut-off (brytdatum, mid-January): freezes its funded HST and HPR, so "
                + "`fullTimeEquivalents` and UKA_FUNDED answer with the frozen figures and report later changes as corrections. Needs "
                + "reporting.export (administrators). A year closed before is CONFLICT; the current year or a later one VALIDATION.",
            Policy = ReportingPolicies.Export,
            InputType = typeof(CloseReportingYearInputType),
            Command = (input, call) => new CloseReportingYearCommand(input.Year, call.UserId),
            Payload = [new("closedYear", typeof(ClosedReportingYearType), "The closed year; null when refused.")],
        });
    }
}
