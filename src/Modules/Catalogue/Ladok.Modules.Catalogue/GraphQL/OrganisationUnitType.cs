using GraphQL.Types;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class OrganisationUnitType : NodeGraphType<OrganisationUnit>
{
    public OrganisationUnitType() : base("OrganisationUnit", u => u.Id)
    {
        Description = "Organisationsenhet: the university, a faculty or a department (institution).";
        Field(u => u.Code).Description("The unit's code, such as TFE or DV.");
        Field(u => u.NameSv).Description("The Swedish name.");
        Field(u => u.NameEn).Description("The English name.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name, as registered.").Resolve(c => c.Source.NameSv);
        Field<NonNullGraphType<OrganisationUnitKindType>>("kind")
            .Description("Whether the unit is the university, a faculty or a department.").Resolve(c => c.Source.Kind);
        Field<OrganisationUnitType>("parent").Description("The unit above; null for the university.")
            .Resolve(c => c.Source.ParentId is { } parent ? Loaders.OrganisationUnit(c, parent) : null);
    }
}
