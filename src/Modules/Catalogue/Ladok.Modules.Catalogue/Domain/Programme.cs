namespace Ladok.Modules.Catalogue.Domain;

/// <summary>Program (kurspaketering): a package of courses leading towards a degree.</summary>
public sealed class Programme
{
    private Programme()
    {
    }

    public Programme(string code, string nameSv, string nameEn, decimal credits, Guid departmentId, IEnumerable<Guid> courseIds)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        NameSv = nameSv;
        NameEn = nameEn;
        Credits = credits;
        DepartmentId = departmentId;
        CourseIds = courseIds.ToList();
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string NameSv { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public decimal Credits { get; private set; }

    public Guid DepartmentId { get; private set; }

    public List<Guid> CourseIds { get; private set; } = [];
}
