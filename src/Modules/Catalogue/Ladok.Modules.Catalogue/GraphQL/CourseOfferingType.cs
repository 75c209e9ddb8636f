using Ladok.Kernel.GraphQL.Scalars;
using GraphQL.Types;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class CourseOfferingType : NodeGraphType<Offering>
{
    public CourseOfferingType() : base("CourseOffering", o => o.Id)
    {
        Description = "Kurstillfälle: a run of a course version, starting in a term.";
        Field<NonNullGraphType<StringGraphType>>("offeringCode")
            .Description("Tillfälleskod: the offering's code, unique within its course and term.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<TermType>>("term").Description("Start term, such as HT2025.").Resolve(c => c.Source.Term);
        Field(o => o.StartDate).Description("The first day of teaching (ISO 8601 date).");
        Field(o => o.EndDate).Description("The last day of teaching (ISO 8601 date).");
        Field(o => o.PacePercent).Description("Study pace in percent of full time.");
        Field<NonNullGraphType<StudyFormType>>("studyForm").Description("Studieform: on campus or at a distance.").Resolve(c => c.Source.StudyForm);
        Field(o => o.Place).Description("Studieort, such as Umeå; empty when not given.");
        Field<NonNullGraphType<OfferingStatusType>>("status").Description("Planned, started, complete or cancelled.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<OrganisationUnitType>>("organisationUnit").Description("The department that gives it.")
            .Resolve(c => Loaders.OrganisationUnit(c, c.Source.DepartmentId));
        Field<NonNullGraphType<CourseVersionType>>("courseVersion")
            .Description("The course version the offering gives.").Resolve(c => Loaders.CourseVersion(c, c.Source.CourseVersionId));
        Field<NonNullGraphType<StringGraphType>>("version").Description("Concurrency token: send it back with `updateOffering`.")
            .Resolve(c => c.Source.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
