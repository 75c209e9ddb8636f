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

public sealed class FinancingFormType : EnumerationGraphType<FinancingForm>
{
    public FinancingFormType()
    {
        Name = "FinancingForm";
        Description = "Finansieringsform: ORDINARY (the state's grant) or CONTRACT_EDUCATION (uppdragsutbildning, paid by a client; "
            + "never in the funded HST and HPR).";
    }
}

public sealed class EducationalAreaType : EnumerationGraphType<EducationalArea>
{
    public EducationalAreaType()
    {
        Name = "EducationalArea";
        Description = "Utbildningsområde: the areas UKÄ reports funded HST and HPR by (humaniora, teologi, juridik, samhällsvetenskap, naturvetenskap, "
            + "teknik, farmaci, vård, odontologi, medicin, undervisning, verksamhetsförlagd utbildning, övrigt, design, konst, musik, opera, teater, "
            + "media, dans, idrott).";
    }
}

public sealed class StudyFormType : EnumerationGraphType<StudyForm>
{
    public StudyFormType()
    {
        Name = "StudyForm";
        Description = "Studieform, as SCB's individual records have it: CAMPUS (normal, teaching at the place of study) or DISTANCE (distans).";
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
