using System.Security.Cryptography;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Anonymiseringskod: four capital letters and a digit, such as <c>KXRT7</c>, drawn at random for each sign-up, so nothing in it
/// tells who the student is (not the name, the number, the course or the order of signing up). Letters and digits that are
/// easily misread by hand (I, O, 0, 1) are left out: 24⁴ × 8, about 2.6 million codes, for sittings of hundreds.
/// </summary>
public static class AnonymousCode
{
    public const int Length = 5;

    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    /// <summary>
    /// A code none of <paramref name="taken"/> has. <paramref name="random"/> gives a number from 0 up to (not including) its argument;
    /// a cryptographic generator unless a test gives its own.
    /// </summary>
    public static string Draw(IReadOnlySet<string> taken, Func<int, int>? random = null)
    {
        var next = random ?? RandomNumberGenerator.GetInt32;
        while (true)
        {
            var code = string.Create(Length, next, static (chars, draw) =>
            {
                for (var i = 0; i < Length - 1; i++) chars[i] = Letters[draw(Letters.Length)];
                chars[Length - 1] = Digits[draw(Digits.Length)];
            });
            if (!taken.Contains(code)) return code;
        }
    }

    /// <summary>A code as written by a teacher (any case, spaces around it) as stored.</summary>
    public static string Normalise(string written) => written.Trim().ToUpperInvariant();
}
