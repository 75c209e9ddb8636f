using System.Globalization;
using System.Text;

namespace Ladok.Kernel.Errors;

/// <summary>
/// The field a <see cref="DomainError"/> concerns, in the domain's words: a command's property
/// (<c>Field.Of(nameof(CreateOfferingCommand.Term))</c>), a row of a bulk command
/// (<c>Field.Of(nameof(ReportResultsCommand.Rows)).At(3).Then(nameof(ResultRow.Grade))</c>), or an
/// entity's own parameter (<c>Field.Of(nameof(credits))</c>). <see cref="Whole"/> is the command as a
/// whole, as when it repeats something that exists. The GraphQL layer turns a field into the path a
/// client sees; the domain knows no input paths.
/// </summary>
public sealed class Field : IEquatable<Field>
{
    private readonly FieldStep[] steps;

    private Field(FieldStep[] steps) => this.steps = steps;

    /// <summary>The command as a whole, not one of its fields.</summary>
    public static Field Whole { get; } = new([]);

    /// <summary>The steps from the command to the field: names and, for rows of a list, indices.</summary>
    public IReadOnlyList<FieldStep> Steps => steps;

    public static Field Of(string name) => Whole.Then(name);

    /// <summary>A field of this one (or of a row of it, after <see cref="At"/>).</summary>
    public Field Then(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new([.. steps, new FieldStep(name, null)]);
    }

    /// <summary>The row at <paramref name="index"/> (from 0) of this list field.</summary>
    public Field At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new([.. steps, new FieldStep(null, index)]);
    }

    /// <summary>Readable, for logs and tests: <c>Rows[3].Grade</c>; the whole command is <c>(whole)</c>.</summary>
    public override string ToString()
    {
        if (steps.Length == 0) return "(whole)";
        var text = new StringBuilder();
        foreach (var step in steps)
        {
            if (step.Index is { } index) text.Append(CultureInfo.InvariantCulture, $"[{index}]");
            else text.Append(text.Length == 0 ? "" : ".").Append(step.Name);
        }
        return text.ToString();
    }

    public bool Equals(Field? other) => other is not null && steps.AsSpan().SequenceEqual(other.steps);

    public override bool Equals(object? obj) => Equals(obj as Field);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var step in steps) hash.Add(step);
        return hash.ToHashCode();
    }

    public static bool operator ==(Field? left, Field? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(Field? left, Field? right) => !(left == right);
}

/// <summary>One step of a <see cref="Field"/>: a name, or the index of a row.</summary>
public readonly record struct FieldStep(string? Name, int? Index);
