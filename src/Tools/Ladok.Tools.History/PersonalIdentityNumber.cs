using System.Globalization;

namespace Ladok.Tools.History;

/// <summary>Personnummer for generated students: twelve digits YYYYMMDDNNNC with a correct Luhn check digit.</summary>
public static class PersonalIdentityNumber
{
    /// <summary>The number for a birth date and a three-digit serial (000–999).</summary>
    public static string Make(DateOnly birthDate, int serial)
    {
        var nine = string.Create(CultureInfo.InvariantCulture, $"{birthDate:yyMMdd}{serial:D3}");
        return string.Create(CultureInfo.InvariantCulture, $"{birthDate:yyyy}{nine[2..]}{CheckDigit(nine)}");
    }

    /// <summary>Luhn over the nine digits YYMMDDNNN: weights 2,1,2,1,…, the digits of each product summed.</summary>
    public static int CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /// <summary>Whether twelve digits carry the right check digit.</summary>
    public static bool IsValid(string twelveDigits) =>
        twelveDigits.Length == 12 && twelveDigits.All(char.IsAsciiDigit) && CheckDigit(twelveDigits[2..11]) == twelveDigits[11] - '0';
}
