using Ladok.Kernel.GraphQL.Relay;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Reporting.Domain;

namespace Ladok.Modules.Reporting.GraphQL;

public sealed class CloseReportingYearInput
{
    public int Year { get; init; }
}

public sealed class CloseReportingYearInputType : InputObjectGraphType<CloseReportingYearInput>
{
    public CloseReportingYearInputType()
    {
        Name = "CloseReportingYearInput";
        Description = "What `closeReportingYear` needs: the year to close.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The calendar year to close, such as 2025; it must have ended.");
    }
}

public sealed class ClosedReportingYearType : ObjectGraphType<ClosedYear>
{
    public ClosedReportingYearType()
    {
        Name = "ClosedReportingYear";
        Description = "A calendar year whose funded HST and HPR were frozen at the reporting cut-off; later changes are corrections.";
        Field(y => y.Year).Description("The calendar year.");
        Field(y => y.ClosedAt).Description("When it was closed: results decided or removed after it are corrections.");
        Field(y => y.ClosedBy).Description("The user id of the administrator who closed it.").DeprecationReason("Use closedByUser.");
        Field("closedByUser", Links.Of("User")).Description("The administrator who closed it.").Resolve(c => Links.Load(c, "User", c.Source.ClosedBy));
    }
}
