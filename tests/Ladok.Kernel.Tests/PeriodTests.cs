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
