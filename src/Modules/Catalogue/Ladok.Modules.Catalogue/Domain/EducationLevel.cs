namespace Ladok.Modules.Catalogue.Domain;

/// <summary>Utbildningsnivå: grundnivå, avancerad nivå, forskarnivå.</summary>
public enum EducationLevel
{
    FirstCycle,
    SecondCycle,
    Doctoral,
}
