using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class EducationLevelType : EnumerationGraphType<EducationLevel>
{
    public EducationLevelType()
    {
        Name = "EducationLevel";
        Description = "Utbildningsnivå: first cycle (grundnivå), second cycle (avancerad nivå), doctoral (forskarnivå).";
        this.DescribeValues(new Dictionary<EducationLevel, string>
        {
            [EducationLevel.FirstCycle] = "Grundnivå.",
            [EducationLevel.SecondCycle] = "Avancerad nivå.",
            [EducationLevel.Doctoral] = "Forskarnivå.",
        });
    }
}

public sealed class FinancingFormType : EnumerationGraphType<FinancingForm>
{
    public FinancingFormType()
    {
        Name = "FinancingForm";
        Description = "Finansieringsform: ORDINARY (the state's grant) or CONTRACT_EDUCATION (uppdragsutbildning, paid by a client; "
            + "never in the funded HST and HPR).";
        this.DescribeValues(new Dictionary<FinancingForm, string>
        {
            [FinancingForm.Ordinary] = "Ordinarie: paid by the state's grant; counted in the funded HST and HPR.",
            [FinancingForm.ContractEducation] = "Uppdragsutbildning: paid by a client; never in the funded HST and HPR.",
        });
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
        this.DescribeValues(new Dictionary<EducationalArea, string>
        {
            [EducationalArea.Humanities] = "Humaniora.",
            [EducationalArea.Theology] = "Teologi.",
            [EducationalArea.Law] = "Juridik.",
            [EducationalArea.SocialSciences] = "Samhällsvetenskap.",
            [EducationalArea.NaturalSciences] = "Naturvetenskap.",
            [EducationalArea.Technology] = "Teknik.",
            [EducationalArea.Pharmacy] = "Farmaci.",
            [EducationalArea.Healthcare] = "Vård.",
            [EducationalArea.Dentistry] = "Odontologi.",
            [EducationalArea.Medicine] = "Medicin.",
            [EducationalArea.Teaching] = "Undervisning.",
            [EducationalArea.TeacherPlacement] = "Verksamhetsförlagd utbildning.",
            [EducationalArea.Other] = "Övrigt.",
            [EducationalArea.Design] = "Design.",
            [EducationalArea.FineArts] = "Konst.",
            [EducationalArea.Music] = "Musik.",
            [EducationalArea.Opera] = "Opera.",
            [EducationalArea.Theatre] = "Teater.",
            [EducationalArea.Media] = "Media.",
            [EducationalArea.Dance] = "Dans.",
            [EducationalArea.Sports] = "Idrott.",
        });
    }
}

public sealed class StudyFormType : EnumerationGraphType<StudyForm>
{
    public StudyFormType()
    {
        Name = "StudyForm";
        Description = "Studieform, as SCB's individual records have it: CAMPUS (normal, teaching at the place of study) or DISTANCE (distans).";
        this.DescribeValues(new Dictionary<StudyForm, string>
        {
            [StudyForm.Campus] = "Normal: teaching at the place of study.",
            [StudyForm.Distance] = "Distans: distance learning.",
        });
    }
}

public sealed class OfferingStatusType : EnumerationGraphType<OfferingState>
{
    public OfferingStatusType()
    {
        Name = "OfferingStatus";
        Description = "Where an offering is: planned, started, complete, or cancelled (final).";
        this.DescribeValues(new Dictionary<OfferingState, string>
        {
            [OfferingState.Planned] = "Planned, not started yet.",
            [OfferingState.Started] = "Teaching has started.",
            [OfferingState.Complete] = "Teaching has ended.",
            [OfferingState.Cancelled] = "Cancelled; final.",
        });
    }
}

public sealed class OrganisationUnitKindType : EnumerationGraphType<OrganisationUnitKind>
{
    public OrganisationUnitKindType()
    {
        Name = "OrganisationUnitKind";
        Description = "Where a unit sits in the tree university → faculty → department.";
        this.DescribeValues(new Dictionary<OrganisationUnitKind, string>
        {
            [OrganisationUnitKind.University] = "Lärosäte: the university, the root of the tree.",
            [OrganisationUnitKind.Faculty] = "Fakultet: a faculty, under the university.",
            [OrganisationUnitKind.Department] = "Institution: a department, under a faculty; departments give courses and programmes.",
        });
    }
}
