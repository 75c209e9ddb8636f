namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Tidigare identitet: a number a student was known by before it was replaced, kept so the student is still found by it
/// and nobody else is ever given it. An interim number or samordningsnummer is replaced by the personnummer once
/// Skatteverket gives one (FOL 18 §, 18 a §); the records stay with the student.
/// </summary>
public sealed class FormerIdentityNumber
{
    private FormerIdentityNumber()
    {
    }

    internal FormerIdentityNumber(Guid studentId, string identityNumber, IdentityNumberKind kind, string replacedBy, DateTimeOffset replacedAt)
    {
        Id = Guid.CreateVersion7();
        StudentId = studentId;
        IdentityNumber = identityNumber;
        Kind = kind;
        ReplacedBy = replacedBy;
        ReplacedAt = replacedAt;
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>Twelve characters, as <see cref="Student.IdentityNumber"/> was.</summary>
    public string IdentityNumber { get; private set; } = "";

    public IdentityNumberKind Kind { get; private set; }

    /// <summary>The study administrator who replaced it.</summary>
    public string ReplacedBy { get; private set; } = "";

    public DateTimeOffset ReplacedAt { get; private set; }
}
