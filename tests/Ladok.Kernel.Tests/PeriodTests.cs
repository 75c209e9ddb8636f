using Ladok.Kernel.Periods;

namespace Ladok.Kernel.Tests;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("HT2025", TermSeason.Autumn, 2025)]
    [InlineData("vt2026", TermSeason.Spring, 2026)]
    [InlineData(" HT1983 ", TermSeason.Autumn, 1983)]
    public void Terms_parse_whatever_the_case(string text, TermSeason season, int year)
    {
        Assert.Equal(new Term(season, year), Term.Parse(text));
    }

    [Theory]
    [InlineData("HT25", "HT or VT followed by a four-digit year")]
    [InlineData("ST2025", "does not start with HT (autumn) or VT (spring)")]
    [InlineData("HT20x5", "does not end with a four-digit year")]
    [InlineData("HT1800", "outside 1900–2199")]
    [InlineData("", "is not a term")]
    [InlineData(null, "is not a term")]
    public void A_malformed_term_says_what_is_wrong(string? text, string expected)
    {
        Assert.False(Term.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_covers_its_half_of_the_year()
    {
        var autumn = Term.Parse("HT2025");

        Assert.True(autumn.Contains(new DateOnly(2025, 9, 1)));
        Assert.True(autumn.Contains(new DateOnly(2025, 12, 31)));
        Assert.False(autumn.Contains(new DateOnly(2026, 1, 19)));
        Assert.True(Term.Parse("VT2026").Contains(new DateOnly(2026, 1, 19)));
        Assert.Equal("VT2026", autumn.Next.ToString());
        Assert.True(autumn < autumn.Next);
    }

    [Theory]
    [InlineData("HT2018", "2018-09-03")]
    [InlineData("HT2021", "2021-08-30")]
    [InlineData("HT2019", "2019-09-02")]
    [InlineData("HT2023", "2023-08-28")]
    [InlineData("HT2024", "2024-09-02")]
    [InlineData("HT2025", "2025-09-01")]
    [InlineData("VT2019", "2019-01-21")]
    [InlineData("VT2020", "2020-01-20")]
    [InlineData("VT2022", "2022-01-17")]
    [InlineData("VT2024", "2024-01-15")]
    [InlineData("VT2025", "2025-01-20")]
    [InlineData("VT2026", "2026-01-19")]
    public void A_terms_teaching_starts_on_SUHFs_Monday(string term, string monday)
    {
        // SUHF's term dates as the universities publish them: the autumn term on the first Monday from 28 August, the spring term
        // 20 weeks later (Uppsala's terms 2018/19 to 2024/25, KMH's 2021/22; ADR 0020).
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), Term.Parse(term).TeachingStart);
    }

    [Fact]
    public void January_before_the_spring_terms_teaching_is_the_autumn_terms_and_the_summer_the_springs()
    {
        Assert.Equal("HT2025", Term.TeachingAt(new DateOnly(2026, 1, 18)).ToString());
        Assert.Equal("VT2026", Term.TeachingAt(new DateOnly(2026, 1, 19)).ToString());
        Assert.Equal("VT2026", Term.TeachingAt(new DateOnly(2026, 8, 30)).ToString());
        Assert.Equal("HT2026", Term.TeachingAt(new DateOnly(2026, 8, 31)).ToString());
    }

    [Fact]
    public void An_autumn_offering_ending_before_the_spring_terms_teaching_runs_in_its_autumn_term_only()
    {
        var autumn = Term.Parse("HT2025");

        Assert.Equal(autumn, StudyWeeks.LastTerm(autumn, new DateOnly(2026, 1, 16)));
        Assert.Equal(autumn.Next, StudyWeeks.LastTerm(autumn, new DateOnly(2026, 1, 23)));
        // A spring offering that starts in the autumn term's January weeks is still its own term's.
        Assert.Equal(Term.Parse("VT2026"), StudyWeeks.LastTerm(Term.Parse("VT2026"), new DateOnly(2026, 1, 16)));
    }

    [Fact]
    public void Study_weeks_run_Monday_to_Sunday_and_a_week_belongs_to_the_year_of_its_Thursday()
    {
        // 3 November 2025 (a Monday) to 16 January 2026 (a Friday): 11 weeks, the Christmas weeks counted.
        Assert.Equal(11, StudyWeeks.Between(new DateOnly(2025, 11, 3), new DateOnly(2026, 1, 16)));
        Assert.Equal(new DateOnly(2025, 12, 29), StudyWeeks.MondayOf(new DateOnly(2026, 1, 1)));
        // 2026's first week is the one of 1 January, a Thursday: it starts on Monday 29 December 2025.
        Assert.Equal((new DateOnly(2025, 12, 29), new DateOnly(2027, 1, 3)), StudyWeeks.OfYear(2026));
        Assert.Equal((new DateOnly(2024, 12, 30), new DateOnly(2025, 12, 28)), StudyWeeks.OfYear(2025));
    }

    [Fact]
    public void Academic_years_parse_and_refuse_years_that_do_not_follow()
    {
        Assert.True(AcademicYear.TryParse("LÅ2024/25", out var year, out _));
        Assert.Equal("HT2024", year.Autumn.ToString());
        Assert.Equal("VT2025", year.Spring.ToString());
        Assert.Equal("LÅ2024/25", year.ToString());

        Assert.False(AcademicYear.TryParse("LÅ2024/26", out _, out var error));
        Assert.Contains("LÅ2024/25", error, StringComparison.Ordinal);
        Assert.False(AcademicYear.TryParse("2024", out _, out _));
    }
}
