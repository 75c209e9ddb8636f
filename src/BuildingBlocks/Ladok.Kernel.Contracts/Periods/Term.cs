using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ladok.Kernel.Periods;

/// <summary>The half of the academic year a term is: HT (höstterminen) or VT (vårterminen).</summary>
public enum TermSeason
{
    /// <summary>VT: spring term, January to June.</summary>
    Spring,

    /// <summary>HT: autumn term, July to December (summer lies outside the terms).</summary>
    Autumn,
}

/// <summary>
/// Termin: a term such as <c>HT2025</c> or <c>VT2026</c>. The dates it covers are the calendar
/// half-year of its season; an offering's start date must fall inside them.
/// </summary>
public readonly record struct Term(TermSeason Season, int Year) : IComparable<Term>
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    public DateOnly FirstDay => Season == TermSeason.Spring ? new DateOnly(Year, 1, 1) : new DateOnly(Year, 7, 1);

    public DateOnly LastDay => Season == TermSeason.Spring ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public Term Next => Season == TermSeason.Spring ? new(TermSeason.Autumn, Year) : new(TermSeason.Spring, Year + 1);

    /// <summary>
    /// The Monday its teaching starts (SUHF's term dates): the autumn term on the first Monday from 28 August, the spring
    /// term 20 weeks later, so that HT2025 runs from 1 September 2025 and VT2026 from 19 January 2026. The autumn term's
    /// teaching runs into January; the calendar half (<see cref="FirstDay"/>) still names the term an offering starts in.
    /// </summary>
    public DateOnly TeachingStart => Season == TermSeason.Autumn
        ? AutumnTeachingStart(Year)
        : AutumnTeachingStart(Year - 1).AddDays(StudyWeeks.PerTerm * 7);

    /// <summary>
    /// The term whose teaching runs on the day: the last whose <see cref="TeachingStart"/> is not after it, so January up to
    /// the spring term's start is the autumn term's, and the summer after the spring term is still the spring term's.
    /// </summary>
    public static Term TeachingAt(DateOnly day)
    {
        var autumn = new Term(TermSeason.Autumn, day.Year);
        if (day >= autumn.TeachingStart) return autumn;
        var spring = new Term(TermSeason.Spring, day.Year);
        return day >= spring.TeachingStart ? spring : new Term(TermSeason.Autumn, day.Year - 1);
    }

    private static DateOnly AutumnTeachingStart(int year)
    {
        var earliest = new DateOnly(year, 8, 28);
        return earliest.AddDays(((int)DayOfWeek.Monday - (int)earliest.DayOfWeek + 7) % 7);
    }

    public static Term Parse(string text) =>
        TryParse(text, out var term, out var error) ? term : throw new FormatException(error);

    /// <summary>Parses <c>HT2025</c>/<c>VT2026</c> (case-insensitive); the error says what is wrong.</summary>
    public static bool TryParse(string? text, out Term term, [NotNullWhen(false)] out string? error)
    {
        term = default;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length != 6)
        {
            error = $"'{text}' is not a term: write HT or VT followed by a four-digit year, for example HT2025.";
            return false;
        }

        TermSeason season;
        switch (trimmed[..2].ToUpperInvariant())
        {
            case "HT": season = TermSeason.Autumn; break;
            case "VT": season = TermSeason.Spring; break;
            default:
                error = $"'{text}' does not start with HT (autumn) or VT (spring).";
                return false;
        }

        if (!int.TryParse(trimmed[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            error = $"'{text}' does not end with a four-digit year.";
            return false;
        }

        if (year is < MinYear or > MaxYear)
        {
            error = $"The year in '{text}' is outside {MinYear}–{MaxYear}.";
            return false;
        }

        term = new Term(season, year);
        error = null;
        return true;
    }

    public int CompareTo(Term other) => (Year, Season).CompareTo((other.Year, other.Season));

    public static bool operator <(Term left, Term right) => left.CompareTo(right) < 0;
    public static bool operator >(Term left, Term right) => left.CompareTo(right) > 0;
    public static bool operator <=(Term left, Term right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Term left, Term right) => left.CompareTo(right) >= 0;

    public override string ToString() => (Season == TermSeason.Autumn ? "HT" : "VT") + Year.ToString(CultureInfo.InvariantCulture);
}
