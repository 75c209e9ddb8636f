using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Tests;

/// <summary>Personnummer, samordningsnummer and interim numbers, read as the rules in docs/domain.md say.</summary>
public sealed class IdentityNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData("811218-9876")]
    [InlineData("8112189876")]
    [InlineData("19811218-9876")]
    [InlineData("198112189876")]
    [InlineData("  811218-9876 ")]
    public void A_personnummer_in_any_usual_form_is_stored_with_twelve_digits(string written)
    {
        var number = Parse(written);

        Assert.Equal("198112189876", number.Value);
        Assert.Equal(IdentityNumberKind.Personal, number.Kind);
        Assert.Equal(new DateOnly(1981, 12, 18), number.BirthDate);
    }

    [Fact]
    public void A_wrong_check_digit_is_refused_naming_the_expected_digit()
    {
        var error = Refuse("811218-9875");

        Assert.Equal(IdentityNumberRule.CheckDigit, error.Rule);
        Assert.Equal(6, error.ExpectedCheckDigit);
        Assert.Contains("gives 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_digit_is_luhn_over_the_nine_digits_after_the_century()
    {
        foreach (var nine in new[] { "811218987", "121212121", "000101000", "991231999", "450617352" })
        {
            Assert.Equal(Numbers.Luhn(nine), IdentityNumber.CheckDigit(nine));
        }

        Assert.Equal(6, IdentityNumber.CheckDigit("811218987"));
    }

    [Fact]
    public void Ten_digits_with_a_dash_mean_someone_who_turns_at_most_99_this_year()
    {
        Assert.Equal("201212121212", Parse("121212-1212").Value);
        Assert.Equal("20250101", Parse(Numbers.Personal("250101123")).Value[..8]);
        // 27 has not come round yet in 2026, so a dash means 1927.
        Assert.Equal("19270101", Parse(Numbers.Personal("270101123")).Value[..8]);
    }

    [Fact]
    public void A_plus_moves_the_century_back_for_someone_who_has_turned_100()
    {
        var number = Parse("121212+1212");

        Assert.Equal("191212121212", number.Value);
        Assert.Equal(new DateOnly(1912, 12, 12), number.BirthDate);
        Assert.Equal("191212121212", Parse("19121212+1212").Value);
    }

    [Fact]
    public void A_plus_with_twelve_digits_for_someone_under_100_is_a_separator_error()
    {
        var error = Refuse("19811218+9876");

        Assert.Equal(IdentityNumberRule.Separator, error.Rule);
        Assert.Contains("turn 100 in 2081", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8112-189876")]
    [InlineData("811218--9876")]
    [InlineData("811218-+9876")]
    public void A_misplaced_or_doubled_separator_is_a_separator_error(string written)
    {
        Assert.Equal(IdentityNumberRule.Separator, Refuse(written).Rule);
    }

    [Fact]
    public void A_samordningsnummer_adds_60_to_the_day_and_is_flagged_as_coordination()
    {
        var written = Numbers.Personal("811278987");

        var number = Parse(written);

        Assert.Equal(IdentityNumberKind.Coordination, number.Kind);
        Assert.Equal(new DateOnly(1981, 12, 18), number.BirthDate);
        Assert.Equal("1981127898" + written[^2..], number.Value);
    }

    [Fact]
    public void A_samordningsnummer_keeps_the_check_digit_rule()
    {
        var written = Numbers.Personal("811278987");
        var wrong = written[..^1] + (char)('0' + (written[^1] - '0' + 1) % 10);

        Assert.Equal(IdentityNumberRule.CheckDigit, Refuse(wrong).Rule);
    }

    [Theory]
    [InlineData("810230123", "February 1981 has 28 days")]
    [InlineData("811301123", "no month 13")]
    [InlineData("810001123", "no month 00")]
    [InlineData("810100123", "January 1981 has 31 days")]
    [InlineData("810292123", "samordningsnummer")]
    public void A_date_that_does_not_exist_is_a_date_error(string nine, string explained)
    {
        var error = Refuse(Numbers.Personal(nine));

        Assert.Equal(IdentityNumberRule.Date, error.Rule);
        Assert.Contains(explained, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_twelve_digit_date_19810230_is_a_date_error()
    {
        var error = Refuse("19" + Numbers.Personal("810230123").Replace("-", "", StringComparison.Ordinal));

        Assert.Equal(IdentityNumberRule.Date, error.Rule);
    }

    [Fact]
    public void A_leap_day_is_a_date()
    {
        Assert.Equal(new DateOnly(1980, 2, 29), Parse(Numbers.Personal("800229123")).BirthDate);
    }

    [Fact]
    public void A_date_of_birth_after_the_reference_date_is_a_date_error()
    {
        var error = Refuse(Numbers.Personal("261231123"));

        Assert.Equal(IdentityNumberRule.Date, error.Rule);
        Assert.Contains("2026-12-31", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("81121-9876")]
    [InlineData("8112189876123")]
    [InlineData("811218-987X")]
    [InlineData("811218 9876")]
    public void Wrong_length_or_characters_is_a_format_error(string written)
    {
        Assert.Equal(IdentityNumberRule.Format, Refuse(written).Rule);
    }

    [Fact]
    public void An_interim_number_is_refused_unless_flagged_as_interim()
    {
        var error = Refuse("19900101-T123");

        Assert.Equal(IdentityNumberRule.Format, error.Rule);
        Assert.Contains("interim", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19900101-T123", "19900101T123")]
    [InlineData("19900101t123", "19900101T123")]
    [InlineData("199001011234", "199001011234")]
    [InlineData("19811218-9875", "198112189875")]
    public void A_flagged_interim_number_needs_no_check_digit(string written, string stored)
    {
        Assert.True(IdentityNumber.TryParse(written, isInterim: true, Today, out var number, out var error), error?.Message);

        Assert.Equal(stored, number.Value);
        Assert.Equal(IdentityNumberKind.Interim, number.Kind);
    }

    [Theory]
    [InlineData("900101-T123", IdentityNumberRule.Format)]
    [InlineData("19900101-TT23", IdentityNumberRule.Format)]
    [InlineData("19900101T12", IdentityNumberRule.Format)]
    [InlineData("19900230T123", IdentityNumberRule.Date)]
    public void A_flagged_interim_number_still_needs_its_shape_and_a_real_date(string written, IdentityNumberRule rule)
    {
        Assert.False(IdentityNumber.TryParse(written, isInterim: true, Today, out _, out var error));

        Assert.Equal(rule, error.Rule);
    }

    [Fact]
    public void A_valid_personnummer_is_not_taken_as_an_interim_number()
    {
        Assert.False(IdentityNumber.TryParse("19811218-9876", isInterim: true, Today, out _, out var error));

        Assert.Contains("valid personnummer", error.Message, StringComparison.Ordinal);
    }

    private static IdentityNumber Parse(string written)
    {
        Assert.True(IdentityNumber.TryParse(written, isInterim: false, Today, out var number, out var error), error?.Message);
        return number;
    }

    private static IdentityNumberError Refuse(string written)
    {
        Assert.False(IdentityNumber.TryParse(written, isInterim: false, Today, out _, out var error));
        return error;
    }
}
