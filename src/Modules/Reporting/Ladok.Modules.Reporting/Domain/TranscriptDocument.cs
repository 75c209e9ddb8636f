using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// The canonical JSON of a transcript and its hash. Canonical means compact, camelCase, properties
/// in declaration order and letters such as å, ä, ö written as themselves, so the same content
/// always gives the same bytes and a verifier can hash a printed copy after parsing it.
/// </summary>
public static class TranscriptDocument
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Canonical(Transcript transcript) => JsonSerializer.Serialize(transcript, Options);

    public static Transcript Read(string content) =>
        JsonSerializer.Deserialize<Transcript>(content, Options) ?? throw new InvalidOperationException("A stored transcript is empty.");

    /// <summary>
    /// The canonical form of a document someone presents: parsed and written compactly again, so
    /// indentation and line breaks do not matter but any changed value, name or order does. Null
    /// when it is not JSON.
    /// </summary>
    public static string? Normalise(string presented)
    {
        try
        {
            return JsonNode.Parse(presented)?.ToJsonString(Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
