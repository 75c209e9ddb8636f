using System.Buffers.Text;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.Http;

/// <summary>The secret download links are signed with: the same on every host, so a link one host gave works on all (ADR 0005).</summary>
public sealed record LinkSigningKey(byte[] Secret);

/// <summary>
/// Short-lived links to a download that work as a plain <c>&lt;a href&gt;</c>, without an <c>Authorization</c> header: the path,
/// its query, the user it was made for and its expiry are signed with HMAC-SHA256. The link stands for that user alone, and the
/// download still checks their right when it is used, so a right taken away also ends the links already given.
/// </summary>
public sealed class SignedLinks(LinkSigningKey key, TimeSpan lifetime, TimeProvider clock)
{
    public const string UserParameter = "user";
    public const string ExpiresParameter = "expires";
    public const string SignatureParameter = "signature";

    /// <summary>The student the link's user signed in as, when they did: signed with the rest, so the download knows it too.</summary>
    public const string StudentParameter = "student";

    /// <summary>How long a link works after it is made.</summary>
    public TimeSpan Lifetime => lifetime;

    /// <summary>
    /// <paramref name="pathAndQuery"/> (such as <c>/reports/scb-term.csv?period=HT2025</c>) signed for <paramref name="userId"/>, and for the
    /// student they signed in as, if any.
    /// </summary>
    public string Sign(string pathAndQuery, string userId, Guid? studentId = null)
    {
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var student = studentId is { } id ? $"&{StudentParameter}={id:D}" : "";
        var unsigned = $"{pathAndQuery}{separator}{UserParameter}={Uri.EscapeDataString(userId)}{student}&{ExpiresParameter}={expires}";
        var (path, query) = Split(unsigned);
        return $"{unsigned}&{SignatureParameter}={Signature(path, query)}";
    }

    /// <summary>The user a link was made for, or null with the reason it does not work (altered, or expired).</summary>
    public (string? UserId, ErrorReason? Refusal) Verify(string path, IReadOnlyDictionary<string, string> query)
    {
        if (!query.TryGetValue(SignatureParameter, out var signature) || !query.TryGetValue(UserParameter, out var userId)
            || !query.TryGetValue(ExpiresParameter, out var expires)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt))
        {
            return (null, KernelReasons.LinkInvalid);
        }

        var signed = query.Where(q => q.Key != SignatureParameter).ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal);
        var expected = Encoding.ASCII.GetBytes(Signature(path, signed));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return (null, KernelReasons.LinkInvalid);
        }
        return clock.GetUtcNow() > DateTimeOffset.FromUnixTimeSeconds(expiresAt)
            ? (null, KernelReasons.LinkExpired)
            : (userId, null);
    }

    /// <summary>The caller a verified link stands for, as a sign-in with its user id would give it.</summary>
    public static ClaimsPrincipal PrincipalOf(string userId, IReadOnlyDictionary<string, string> verifiedQuery)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, userId) };
        if (verifiedQuery.TryGetValue(StudentParameter, out var student) && Guid.TryParse(student, out var studentId))
        {
            claims.Add(new Claim(GraphQL.CallerIdentity.StudentIdClaim, studentId.ToString()));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "SignedLink", ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The link's parameters, which a download's own query does not have.</summary>
    public static bool IsLinkParameter(string name) => name is UserParameter or ExpiresParameter or SignatureParameter or StudentParameter;

    /// <summary>HMAC-SHA256 over the path and the query's pairs in ordinal order, so the order a client keeps them in does not matter.</summary>
    private string Signature(string path, IReadOnlyDictionary<string, string> query)
    {
        var text = new StringBuilder(path);
        foreach (var (name, value) in query.OrderBy(q => q.Key, StringComparer.Ordinal)) text.Append('\n').Append(name).Append('=').Append(value);
        return Base64Url.EncodeToString(HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static (string Path, Dictionary<string, string> Query) Split(string pathAndQuery)
    {
        var at = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var query = pathAndQuery[(at + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "", StringComparer.Ordinal);
        return (pathAndQuery[..at], query);
    }
}
