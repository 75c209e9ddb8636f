using GraphQL.Types;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class EducationLevelType : EnumerationGraphType<EducationLevel>
{
    public EducationLevelType()
    {
        Name = "EducationLevel";
        Description = "Utbildningsnivå: first cycle (grundnivå), second cycle (avancerad nivå), doctoral (forskarnivå).";
    }
}

public sealed class OfferingStatusType : EnumerationGraphType<OfferingState>
{
    public OfferingStatusType()
    {
        Name = "OfferingStatus";
        Description = "Where an offering is: planned, started, complete, or cancelled (final).";
    }
}

public sealed class OrganisationUnitKindType : EnumerationGraphType<OrganisationUnitKind>
{
    public OrganisationUnitKindType()
    {
        Name = "OrganisationUnitKind";
    }
}
