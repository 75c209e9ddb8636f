using GraphQL.Types;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class ProgrammeType : NodeGraphType<Programme>
{
    public ProgrammeType() : base("Programme", p => p.Id)
    {
        Description = "Program: a package of courses.";
        Field(p => p.Code).Description("Programkod: the programme's code.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name, as registered.").Resolve(c => c.Source.NameSv);
        Field(p => p.NameSv).Description("The Swedish name.");
        Field(p => p.NameEn).Description("The English name.");
        Field(p => p.Credits).Description("The programme's credits in hp, such as 180.");
        Field<NonNullGraphType<OrganisationUnitType>>("organisationUnit")
            .Description("The department responsible for the programme.").Resolve(c => Loaders.OrganisationUnit(c, c.Source.DepartmentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseType>>>>("courses").Description("The courses of the programme.")
            .Resolve(c => DeferredResults.All(c.Source.CourseIds.Select(id => Loaders.Course(c, id))));
    }
}
