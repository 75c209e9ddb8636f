namespace Ladok.Modules.Catalogue.Domain;

/// <summary>Betygsskala: the grades a course, version or module is graded on. Scales are data.</summary>
public sealed class GradingScale
{
    private GradingScale()
    {
    }

    public GradingScale(Guid id, string code, string name, string? nameEn = null)
    {
        Id = id;
        Code = code;
        Name = name;
        NameEn = nameEn;
    }

    public Guid Id { get; private set; }

    /// <summary>Stable code, for example <c>U_G_VG</c>.</summary>
    public string Code { get; private set; } = "";

    /// <summary>The Swedish name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The English name; null where none was given.</summary>
    public string? NameEn { get; private set; }

    public List<Grade> Grades { get; private set; } = [];
}

/// <summary>Betyg: one grade of a scale. Failing grades (U, F, Fx) give no credits.</summary>
public sealed class Grade
{
    private Grade()
    {
    }

    public Grade(Guid id, Guid gradingScaleId, string code, bool isPassing, int rank, string? name = null)
    {
        Id = id;
        GradingScaleId = gradingScaleId;
        Code = code;
        IsPassing = isPassing;
        Rank = rank;
        Name = name;
    }

    public Guid Id { get; private set; }

    public Guid GradingScaleId { get; private set; }

    public string Code { get; private set; } = "";

    /// <summary>What the grade stands for in Swedish (<c>Godkänd</c>); null when the code says it.</summary>
    public string? Name { get; private set; }

    public bool IsPassing { get; private set; }

    /// <summary>Order within the scale, lowest first.</summary>
    public int Rank { get; private set; }
}
