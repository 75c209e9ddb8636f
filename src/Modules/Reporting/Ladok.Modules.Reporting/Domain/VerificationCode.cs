using System.Security.Cryptography;

namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// Kontrollkod: a short code a person can read off paper and type, random so it cannot be guessed
/// from another (12 characters of 31: about 59 bits). The alphabet leaves out 0/O and 1/I/L.
/// </summary>
public static class VerificationCode
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 12;

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>Groups of four for print: <c>ABCD-EFGH-JKMN</c>.</summary>
    public static string Display(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));

    /// <summary>What a person typed, without spaces or dashes, in capitals; null if it cannot be a code.</summary>
    public static string? Normalise(string typed)
    {
        var code = new string(typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
