using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Ladok.Kernel.Periods;

/// <summary>Läsår: an academic year such as <c>LÅ2024/25</c>, from HT of its first year to VT of the next.</summary>
public readonly partial record struct AcademicYear(int StartYear)
{
    public Term Autumn => new(TermSeason.Autumn, StartYear);

    public Term Spring => new(TermSeason.Spring, StartYear + 1);

    public static bool TryParse(string? text, out AcademicYear year, [NotNullWhen(false)] out string? error)
    {
        year = default;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            error = $"'{text}' is not an academic year: write it as LÅ2024/25.";
            return false;
        }

        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if ((start + 1) % 100 != end)
        {
            error = $"In '{text}' the second year must follow the first (LÅ{start}/{(start + 1) % 100:00}).";
            return false;
        }

        year = new AcademicYear(start);
        error = null;
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"LÅ{StartYear}/{(StartYear + 1) % 100:00}");

    [GeneratedRegex(@"^(?:LÅ|LA)(\d{4})/(\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
