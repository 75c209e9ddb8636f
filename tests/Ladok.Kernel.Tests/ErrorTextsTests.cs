using System.Globalization;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;

namespace Ladok.Kernel.Tests;

/// <summary>A refusal's text is written from its reason in the language asked for: Swedish unless English.</summary>
public sealed class ErrorTextsTests
{
    [Theory]
    [InlineData("", "Ange `first` eller `last`, inte båda.")]
    [InlineData("sv-SE", "Ange `first` eller `last`, inte båda.")]
    [InlineData("de-DE", "Ange `first` eller `last`, inte båda.")]
    [InlineData("en", "Give `first` or `last`, not both.")]
    [InlineData("en-GB", "Give `first` or `last`, not both.")]
    public void A_reasons_text_is_Swedish_unless_the_culture_is_English(string culture, string text)
    {
        var error = DomainError.Of(KernelReasons.FirstAndLast, (Field?)null);

        Assert.Equal(text, ErrorTexts.Message(error, CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Arguments_are_formatted_for_the_language_and_a_wording_is_taken_in_it()
    {
        var error = DomainError.Of(KernelReasons.TooManyFields, (Field?)null, 1_001, 1_000, new Wording(" utan inloggning", " without signing in"));

        Assert.Equal("Dokumentet väljer 1\u00a0001 fält med fragmenten utvecklade; högst 1\u00a0000 tas emot utan inloggning.",
            ErrorTexts.Message(error, ErrorTexts.Swedish));
        Assert.Equal("The document selects 1,001 fields with fragments expanded; at most 1,000 are accepted without signing in.",
            ErrorTexts.Message(error, ErrorTexts.English));
        Assert.Equal(ErrorTexts.Message(error, ErrorTexts.English), error.Message);
    }

    [Fact]
    public void A_prefix_stands_before_the_text_in_every_language()
    {
        var error = DomainError.Of(KernelReasons.StaleVersion, "Version") with { Prefix = "5DV001 HT2025: " };

        Assert.Equal("5DV001 HT2025: Någon annan har ändrat detta sedan du läste det. Läs in det på nytt och försök igen.",
            ErrorTexts.Message(error, ErrorTexts.Swedish));
        Assert.StartsWith("5DV001 HT2025: Someone else changed this", ErrorTexts.Message(error, ErrorTexts.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_that_did_not_answer_is_said_in_the_callers_language_and_logged_in_English()
    {
        var fault = new PluginFault("se.kth.ladok", "result rule", TimeSpan.FromSeconds(1.5), null);

        Assert.Equal(KernelReasons.PluginDidNotAnswer, fault.Error.Reason);
        Assert.Equal("Insticksprogrammet se.kth.ladok svarade inte inom 1,5 s (result rule); inget har ändrats.",
            ErrorTexts.Message(fault.Error, ErrorTexts.Swedish));
        Assert.Equal("The result rule of the plugin se.kth.ladok did not answer within 1.5 s; nothing was changed.", fault.Message);
    }

    [Fact]
    public void A_reason_is_named_in_upper_snake_case()
    {
        Assert.Throws<ArgumentException>(() => ErrorReason.Of(typeof(ErrorTextsTests), "SessionFull", ErrorCode.Conflict));
    }
}
