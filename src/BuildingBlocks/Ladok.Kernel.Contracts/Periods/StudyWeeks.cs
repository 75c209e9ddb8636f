using System.Globalization;

namespace Ladok.Kernel.Periods;

/// <summary>
/// Studieveckor: the weeks, Monday to Sunday, an offering's credits are spread over (ADR 0020). A full-time week is 1.5 hp
/// (HF 6 kap. 2 §: 60 hp a year of 40 weeks), so an offering at a steady pace gives each of its weeks the same share of
/// its credits. A week belongs to the calendar year of its Thursday (ISO 8601, as the universities' periodisation of an
/// autumn term counts 17 weeks in its own year and 3 in the next) and to the term whose teaching runs on its Monday
/// (<see cref="Term.TeachingAt"/>). Registration and HST both ask here which terms an offering runs in.
/// </summary>
public static class StudyWeeks
{
    /// <summary>SUHF's terms are 20 weeks each, 40 a year.</summary>
    public const int PerTerm = 20;

    /// <summary>The Monday of the day's week.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The weeks from the first day's to the last day's, both counted; none when the last is before the first.</summary>
    public static int Between(DateOnly first, DateOnly last) =>
        last < first ? 0 : (MondayOf(last).DayNumber - MondayOf(first).DayNumber) / 7 + 1;

    /// <summary>The Monday of the first week of the year and the Sunday of its last (ISO 8601: the week of 4 January is the first).</summary>
    public static (DateOnly First, DateOnly Last) OfYear(int year) =>
        (DateOnly.FromDateTime(ISOWeek.GetYearStart(year)), DateOnly.FromDateTime(ISOWeek.GetYearEnd(year)));

    /// <summary>
    /// The last term an offering runs in: the term whose teaching runs in its last week, and never before the term it starts
    /// in. An autumn offering that ends before the spring term's teaching starts (mid-January) runs in its autumn term only,
    /// so it takes no FO for the spring and brings the spring no HST.
    /// </summary>
    public static Term LastTerm(Term first, DateOnly end)
    {
        var last = Term.TeachingAt(MondayOf(end));
        return last > first ? last : first;
    }

    /// <summary>
    /// The days of an offering that fall in one of its terms: the first term from the offering's start, a later one from its
    /// teaching start, each until the next term's teaching starts, the last until the offering's end. A term the offering does
    /// not run in gets no days: the end is the day before the start.
    /// </summary>
    public static (DateOnly From, DateOnly To) TermShare(Term term, Term first, DateOnly start, DateOnly end)
    {
        var last = LastTerm(first, end);
        if (term < first || term > last) return (start, start.AddDays(-1));
        var from = term == first ? start : term.TeachingStart;
        var to = term == last ? end : term.Next.TeachingStart.AddDays(-1);
        return (from, to);
    }
}
