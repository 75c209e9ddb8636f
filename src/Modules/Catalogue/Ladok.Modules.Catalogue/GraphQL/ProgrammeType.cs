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
        Field(p => p.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name, as registered.").Resolve(c => c.Source.NameSv);
        Field(p => p.NameSv);
        Field(p => p.NameEn);
        Field(p => p.Credits);
        Field<NonNullGraphType<OrganisationUnitType>>("organisationUnit").Resolve(c => Loaders.OrganisationUnit(c, c.Source.DepartmentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseType>>>>("courses")
            .Resolve(c => DeferredResults.All(c.Source.CourseIds.Select(id => Loaders.Course(c, id))));
    }
}
