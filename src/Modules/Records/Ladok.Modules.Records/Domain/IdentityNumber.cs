using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ladok.Kernel.Errors;

namespace Ladok.Modules.Records.Domain;

/// <summary>Which kind of number identifies a student.</summary>
public enum IdentityNumberKind
{
    /// <summary>Personnummer, given by Skatteverket to everyone registered in Sweden.</summary>
    Personal,

    /// <summary>Samordningsnummer: the day of birth plus 60, for people not (yet) registered in Sweden.</summary>
    Coordination,

    /// <summary>Interimsnummer: a stand-in the university makes up until the student has a real number; no check digit.</summary>
    Interim,
}

/// <summary>The rule of <see cref="IdentityNumber"/> a written number breaks.</summary>
public enum IdentityNumberRule
{
    /// <summary>Wrong length or characters.</summary>
    Format,

    /// <summary>The separator is misplaced, or <c>+</c> is written for someone who has not turned 100.</summary>
    Separator,

    /// <summary>The date of birth does not exist or lies after the reference date.</summary>
    Date,

    /// <summary>The last digit is not the Luhn check digit of the nine before it.</summary>
    CheckDigit,
}

/// <summary>
/// Why a written identity number was refused: the rule, the reason with the values its text needs, and for
/// <see cref="IdentityNumberRule.CheckDigit"/> the <paramref name="ExpectedCheckDigit"/>.
/// </summary>
public sealed record IdentityNumberError(IdentityNumberRule Rule, ErrorReason Reason, IReadOnlyList<object?> Arguments, int? ExpectedCheckDigit = null)
{
    /// <summary>The refusal, in English, for logs and tests.</summary>
    public string Message => ErrorTexts.Text(Reason, Arguments, ErrorTexts.English);

    /// <summary>The refusal as a domain error on <paramref name="field"/>.</summary>
    public DomainError At(Field field) => DomainError.Of(Reason, field, [.. Arguments]);
}

/// <summary>
/// Personnummer, samordningsnummer or interimsnummer: the number that identifies a student,
/// always stored as twelve characters <c>YYYYMMDDNNNC</c>.
/// </summary>
/// <remarks>
/// Written with ten digits the century is implied: <c>-</c> for someone who turns at most 99 in
/// the year of the reference date, <c>+</c> from the year they turn 100. The reference date is
/// passed in (never read from the clock here) so the same text always means the same person in
/// a test and in a batch run on a fixed date.
/// </remarks>
public readonly record struct IdentityNumber
{
    private IdentityNumber(string value, IdentityNumberKind kind, DateOnly birthDate)
    {
        Value = value;
        Kind = kind;
        BirthDate = birthDate;
    }

    /// <summary>Twelve characters: <c>YYYYMMDDNNNC</c>; an interim number may have a letter where the first N is.</summary>
    public string Value { get; }

    public IdentityNumberKind Kind { get; }

    /// <summary>The real date of birth (for a samordningsnummer, the day minus 60).</summary>
    public DateOnly BirthDate { get; }

    public override string ToString() => Value;

    /// <summary>
    /// Reads a personnummer or samordningsnummer in any usual written form (<c>811218-9876</c>,
    /// <c>8112189876</c>, <c>19811218-9876</c>, <c>198112189876</c>, <c>+</c> for centenarians), or,
    /// when <paramref name="isInterim"/>, an interim number (see <see cref="TryParseInterim"/>).
    /// </summary>
    public static bool TryParse(
        string? text, bool isInterim, DateOnly referenceDate, out IdentityNumber number, [NotNullWhen(false)] out IdentityNumberError? error) =>
        isInterim
            ? TryParseInterim(text, referenceDate, out number, out error)
            : TryParsePersonal(text, referenceDate, out number, out error);

    /// <summary>
    /// The Luhn check digit of the nine digits YYMMDDNNN: weights 2,1,2,1,…, the digits of each
    /// product summed, C = (10 − sum mod 10) mod 10.
    /// </summary>
    public static int CheckDigit(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != 9) throw new ArgumentException("The check digit is computed over nine digits.", nameof(nineDigits));
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    private static bool TryParsePersonal(string? text, DateOnly referenceDate, out IdentityNumber number, [NotNullWhen(false)] out IdentityNumberError? error)
    {
        number = default;
        var written = (text ?? "").Trim();
        if (written.Length == 0)
        {
            return Fail(IdentityNumberRule.Format, RecordsReasons.IdentityNumberMissing, out error);
        }

        var separators = written.Count(c => c is '-' or '+');
        if (written.Any(c => !char.IsAsciiDigit(c) && c is not '-' and not '+'))
        {
            return Fail(IdentityNumberRule.Format, RecordsReasons.IdentityNumberCharacters, out error, written);
        }

        var digits = string.Concat(written.Where(char.IsAsciiDigit));
        if (digits.Length is not (10 or 12))
        {
            return Fail(IdentityNumberRule.Format, RecordsReasons.IdentityNumberLength, out error, written, digits.Length);
        }

        if (separators > 1 || (separators == 1 && written[^5] is not ('-' or '+')))
        {
            return Fail(IdentityNumberRule.Separator, RecordsReasons.IdentityNumberSeparator, out error, written);
        }

        var centenarian = separators == 1 && written[^5] == '+';
        int year;
        if (digits.Length == 12)
        {
            year = Number(digits, 0, 4);
            if (centenarian && referenceDate.Year - year < 100)
            {
                return Fail(IdentityNumberRule.Separator, RecordsReasons.IdentityNumberPlus, out error, written, year, year + 100);
            }
        }
        else
        {
            // The latest year not after the reference year that ends in YY; '+' moves it a century back.
            var yy = Number(digits, 0, 2);
            year = referenceDate.Year - (((referenceDate.Year - yy) % 100) + 100) % 100 - (centenarian ? 100 : 0);
            digits = year.ToString("0000", CultureInfo.InvariantCulture)[..2] + digits;
        }

        var month = Number(digits, 4, 2);
        var day = Number(digits, 6, 2);
        var kind = day > 60 ? IdentityNumberKind.Coordination : IdentityNumberKind.Personal;
        if (!TryDate(
            year, month, kind == IdentityNumberKind.Coordination ? day - 60 : day, digits, kind, referenceDate, out var birthDate, out error)) return false;

        var expected = CheckDigit(digits.AsSpan(2, 9));
        if (digits[11] - '0' != expected)
        {
            error = new IdentityNumberError(
                IdentityNumberRule.CheckDigit, RecordsReasons.IdentityNumberCheckDigit, [written, digits[11], digits[2..11], expected], expected);
            return false;
        }

        number = new IdentityNumber(digits, kind, birthDate);
        return true;
    }

    /// <summary>
    /// The rule this system applies to interim numbers: <c>YYYYMMDD</c> (a real date, not a
    /// samordningsnummer day), an optional <c>-</c>, then four characters: a letter A–Z or a digit,
    /// followed by three digits, such as <c>19900101-T123</c>. No check digit; the letter is stored upper case.
    /// </summary>
    private static bool TryParseInterim(string? text, DateOnly referenceDate, out IdentityNumber number, [NotNullWhen(false)] out IdentityNumberError? error)
    {
        number = default;
        var written = (text ?? "").Trim().ToUpperInvariant();
        var value = written.Length == 13 && written[8] == '-' ? written.Remove(8, 1) : written;
        if (value.Length != 12
            || !value[..8].All(char.IsAsciiDigit)
            || !(char.IsAsciiDigit(value[8]) || char.IsAsciiLetterUpper(value[8]))
            || !value[9..].All(char.IsAsciiDigit))
        {
            return Fail(IdentityNumberRule.Format, RecordsReasons.NotAnInterimNumber, out error, written);
        }

        if (!TryDate(
            Number(value, 0, 4), Number(value, 4, 2), Number(value, 6, 2), value, IdentityNumberKind.Interim, referenceDate, out var birthDate,
            out error)) return false;

        // Interim numbers are the ones that are not Luhn-valid: a valid one is somebody's personnummer.
        if (value[8..].All(char.IsAsciiDigit) && CheckDigit(value.AsSpan(2, 9)) == value[11] - '0')
        {
            return Fail(IdentityNumberRule.Format, RecordsReasons.InterimNumberIsPersonal, out error, written);
        }

        number = new IdentityNumber(value, IdentityNumberKind.Interim, birthDate);
        return true;
    }

    private static bool TryDate(
        int year, int month, int day, string digits, IdentityNumberKind kind, DateOnly referenceDate,
        out DateOnly birthDate, [NotNullWhen(false)] out IdentityNumberError? error)
    {
        birthDate = default;
        var written = digits[..8];
        if (year < 1 || month is < 1 or > 12)
        {
            return Fail(IdentityNumberRule.Date, RecordsReasons.IdentityNumberMonth, out error, written, month);
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var reason = kind == IdentityNumberKind.Coordination ? RecordsReasons.CoordinationNumberDay : RecordsReasons.IdentityNumberDay;
            return Fail(IdentityNumberRule.Date, reason, out error, written, new DateOnly(year, month, 1), days);
        }

        birthDate = new DateOnly(year, month, day);
        if (birthDate > referenceDate)
        {
            return Fail(IdentityNumberRule.Date, RecordsReasons.BirthDateInFuture, out error, birthDate, referenceDate);
        }

        error = null;
        return true;
    }

    private static int Number(string digits, int start, int length) => int.Parse(digits.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool Fail(IdentityNumberRule rule, ErrorReason reason, out IdentityNumberError error, params object?[] arguments)
    {
        error = new IdentityNumberError(rule, reason, arguments);
        return false;
    }
}
