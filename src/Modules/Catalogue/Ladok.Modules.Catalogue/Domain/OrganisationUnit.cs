namespace Ladok.Modules.Catalogue.Domain;

public enum OrganisationUnitKind
{
    University,
    Faculty,
    Department,
}

/// <summary>
/// Organisationsenhet: a node of the tree university → faculty → department. Departments
/// own courses, offerings and their students' activity data; permissions are inherited down.
/// </summary>
public sealed class OrganisationUnit
{
    private OrganisationUnit()
    {
    }

    public OrganisationUnit(string code, string nameSv, string nameEn, OrganisationUnitKind kind, Guid? parentId)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        NameSv = nameSv;
        NameEn = nameEn;
        Kind = kind;
        ParentId = parentId;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string NameSv { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public OrganisationUnitKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }
}
