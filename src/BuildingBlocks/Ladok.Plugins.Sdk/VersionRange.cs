using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ladok.Plugins.Sdk;

/// <summary>
/// A version interval in NuGet's notation: <c>[1.0,2.0)</c> is 1.0 up to but not including
/// 2.0, <c>[1.2,]</c> is 1.2 or later, <c>[1.0]</c> is exactly 1.0. A bare version such as
/// <c>1.2</c> means 1.2 or later within the same major version.
/// </summary>
public sealed record VersionRange(Version? Minimum, bool MinimumInclusive, Version? Maximum, bool MaximumInclusive)
{
    /// <summary>Whether <paramref name="version"/> lies in the range.</summary>
    public bool Includes(Version version) => IncludesNormalised(Normalise(version));

    private bool IncludesNormalised(Version version) =>
        (Minimum is null || (MinimumInclusive ? version >= Minimum : version > Minimum)) &&
        (Maximum is null || (MaximumInclusive ? version <= Maximum : version < Maximum));

    /// <summary>Parses a range; <paramref name="error"/> says what is wrong with it.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out VersionRange? range, [NotNullWhen(false)] out string? error)
    {
        range = null;
        var s = text?.Trim() ?? "";
        if (s.Length == 0)
        {
            error = "the SDK range is empty";
            return false;
        }

        if (s[0] is not ('[' or '('))
        {
            if (!Version.TryParse(s, out var floor))
            {
                error = $"'{s}' is neither a version nor an interval such as [1.0,2.0)";
                return false;
            }
            range = new VersionRange(Normalise(floor), true, new Version(floor.Major + 1, 0, 0), false);
            error = null;
            return true;
        }

        if (s.Length < 3 || s[^1] is not (']' or ')'))
        {
            error = $"'{s}' does not close with ] or )";
            return false;
        }

        var parts = s[1..^1].Split(',');
        if (parts.Length == 1)
        {
            if (s[0] != '[' || s[^1] != ']' || !Version.TryParse(parts[0], out var exact))
            {
                error = $"'{s}' is not an exact version such as [1.0]";
                return false;
            }
            range = new VersionRange(Normalise(exact), true, Normalise(exact), true);
            error = null;
            return true;
        }

        if (parts.Length != 2 || !TryBound(parts[0], out var min) || !TryBound(parts[1], out var max) || (min is null && max is null))
        {
            error = $"'{s}' is not an interval such as [1.0,2.0)";
            return false;
        }

        range = new VersionRange(min, s[0] == '[', max, s[^1] == ']');
        error = null;
        return true;
    }

    private static bool TryBound(string text, out Version? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!Version.TryParse(text.Trim(), out var parsed)) return false;
        version = Normalise(parsed);
        return true;
    }

    // System.Version orders 1.0 before 1.0.0; compare major.minor.patch only, missing parts as 0.
    private static Version Normalise(Version version) => new(version.Major, version.Minor, Math.Max(version.Build, 0));

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(MinimumInclusive ? '[' : '(')}{Minimum},{Maximum}{(MaximumInclusive ? ']' : ')')}");
}
