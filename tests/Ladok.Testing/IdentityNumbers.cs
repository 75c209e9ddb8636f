namespace Ladok.Testing;

/// <summary>Valid personnummer for tests, computed independently of the product's own parser.</summary>
public static class IdentityNumbers
{
    /// <summary><c>YYMMDD-NNNC</c> with the check digit computed, so each test has a number of its own.</summary>
    public static string Personal(string nineDigits) => $"{nineDigits[..6]}-{nineDigits[6..]}{CheckDigit(nineDigits)}";

    /// <summary>Luhn over YYMMDDNNN: weights 2,1,2,1…, the digits of each product summed.</summary>
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
}
