using System.Text.RegularExpressions;

namespace Ladok.Kernel.Errors;

/// <summary>
/// Why something was refused, finer than its <see cref="ErrorCode"/>: a stable name in UPPER_SNAKE that a front end
/// branches on (<c>SESSION_FULL</c>, <c>ALREADY_ENROLLED</c>, both <c>CONFLICT</c>). Each module declares its reasons as
/// static fields of one catalogue class (<c>TrainingReasons</c>); the texts of a reason, in Swedish and English, are the
/// resources of that class (<c>TrainingReasons.resx</c>, <c>TrainingReasons.en.resx</c>) under the reason's name, with
/// <c>{0}</c>, <c>{1}</c>, … for the values the <see cref="DomainError"/> carries. The domain names the reason; the edge writes
/// the text in the caller's language (<see cref="ErrorTexts"/>).
/// </summary>
public sealed partial class ErrorReason : IEquatable<ErrorReason>
{
    private ErrorReason(string name, ErrorCode code, Type catalogue)
    {
        Name = name;
        Code = code;
        Catalogue = catalogue;
    }

    /// <summary>The wire name, such as <c>SESSION_FULL</c>.</summary>
    public string Name { get; }

    /// <summary>The coarse code every error of this reason carries.</summary>
    public ErrorCode Code { get; }

    /// <summary>The class that declares the reason; its resources hold the reason's texts.</summary>
    public Type Catalogue { get; }

    /// <summary>A reason declared by <paramref name="catalogue"/>, for its static fields.</summary>
    public static ErrorReason Of(Type catalogue, string name, ErrorCode code)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (!WireName().IsMatch(name)) throw new ArgumentException($"A reason is named in UPPER_SNAKE, not '{name}'.", nameof(name));
        return new(name, code, catalogue);
    }

    public bool Equals(ErrorReason? other) => other is not null && other.Name == Name;

    public override bool Equals(object? obj) => Equals(obj as ErrorReason);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Name;

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex WireName();
}
