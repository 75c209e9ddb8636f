using System.Globalization;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;

namespace Ladok.Modules.Reporting.Domain;

/// <summary>A calendar year (<c>2025</c>), a span of years (<c>2021-2025</c>) or a term (<c>HT2025</c>): the days figures are counted over.</summary>
public sealed record ReportingPeriod(string Name, DateOnly First, DateOnly Last)
{
    /// <summary>The year when the period is one whole calendar year, which can be closed; null for a term or a span of years.</summary>
    public int? CalendarYear => First == new DateOnly(First.Year, 1, 1) && Last == new DateOnly(First.Year, 12, 31) ? First.Year : null;

    /// <summary>The term, when the period is one (<c>HT2025</c>): its HST is its registrations' term shares.</summary>
    public string? TermName => Term.TryParse(Name, out var term, out _) ? term.ToString() : null;

    /// <summary>
    /// The Monday of the period's first study week and the Monday of its last: the ISO weeks of its calendar years (a week
    /// belongs to the year of its Thursday, ADR 0020), or every week for a term, whose registrations bring their whole share.
    /// </summary>
    public (DateOnly First, DateOnly Last) StudyWeekMondays => TermName is not null
        ? (DateOnly.MinValue, StudyWeeks.MondayOf(DateOnly.MaxValue))
        : (StudyWeeks.OfYear(First.Year).First, StudyWeeks.MondayOf(StudyWeeks.OfYear(Last.Year).Last));

    /// <summary>
    /// A period written as a year (<c>2025</c>), a span of whole years (<c>2021-2025</c>, for an export over several) or a term (<c>HT2025</c>).
    /// </summary>
    public static Outcome<ReportingPeriod> Parse(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return From(year, null);
        if (text.Length == 9 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(text.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var to))
        {
            var (first, last) = (From(from, null), From(to, null));
            if (!first.Succeeded) return first;
            if (!last.Succeeded) return last;
            return from <= to
                ? Outcome<ReportingPeriod>.Success(new ReportingPeriod(text, first.Value!.First, last.Value!.Last))
                : DomainError.Of(ReportingReasons.PeriodReversed, "period", text);
        }
        return From(null, text);
    }

    /// <summary>Exactly one of a year or a term; anything else is a VALIDATION error naming the argument.</summary>
    public static Outcome<ReportingPeriod> From(int? year, string? term)
    {
        if (year is not null && term is not null) return DomainError.Of(ReportingReasons.YearAndTerm, "term");
        if (term is not null)
        {
            return Term.TryParse(term, out var parsed, out _)
                ? Outcome<ReportingPeriod>.Success(new ReportingPeriod(parsed.ToString(), parsed.FirstDay, parsed.LastDay))
                : DomainError.Of(KernelReasons.InvalidTerm, "term", term);
        }

        if (year is not { } calendarYear) return DomainError.Of(ReportingReasons.PeriodMissing, "year");
        return calendarYear is < Term.MinYear or > Term.MaxYear
            ? DomainError.Of(ReportingReasons.YearOutOfRange, "year", Term.MinYear, Term.MaxYear)
            : Outcome<ReportingPeriod>.Success(new ReportingPeriod(
                calendarYear.ToString(CultureInfo.InvariantCulture), new DateOnly(calendarYear, 1, 1), new DateOnly(calendarYear, 12, 31)));
    }
}
