using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>
/// A Relay global id: the GraphQL type name and the object's own id, base64url-encoded so
/// clients treat it as opaque. <c>Course:7d3f…</c> → <c>Q291cnNlOjdkM2Yt…</c>.
/// </summary>
public readonly record struct GlobalId(string TypeName, Guid Id)
{
    public override string ToString() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{TypeName}:{Id:D}"));

    public static string Encode(string typeName, Guid id) => new GlobalId(typeName, id).ToString();

    public static bool TryParse(string? text, [NotNullWhen(true)] out GlobalId? id)
    {
        id = null;
        if (string.IsNullOrEmpty(text) || text.Length > 200) return false;

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        var decoded = Encoding.UTF8.GetString(bytes);
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Guid.TryParseExact(decoded[(colon + 1)..], "D", out var guid)) return false;

        id = new GlobalId(decoded[..colon], guid);
        return true;
    }
}
