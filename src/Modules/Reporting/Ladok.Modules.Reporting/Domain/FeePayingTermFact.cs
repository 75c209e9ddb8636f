namespace Ladok.Modules.Reporting.Domain;

/// <summary>A term in which a student pays fees (betalande student): their registrations and results of that term are not funded.</summary>
public sealed class FeePayingTermFact
{
    public Guid StudentId { get; set; }

    /// <summary>Such as HT2025.</summary>
    public string Term { get; set; } = "";
}
