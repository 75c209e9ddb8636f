using PdfSharp.Fonts;

namespace Ladok.Modules.Reporting.Documents;

/// <summary>
/// PDFsharp 6 finds no fonts on Linux by itself. Transcripts use DejaVu Sans (regular and bold),
/// embedded in this assembly so a server needs no font package; its licence (the Bitstream Vera
/// licence and public-domain changes) allows embedding and redistribution. It covers å, ä, ö and
/// the other letters of names in the register.
/// </summary>
internal sealed class TranscriptFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans", Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();

    /// <summary>
    /// PDFsharp's resolver is one setting for the whole process; set it once, before the first
    /// document.
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is TranscriptFonts) return;
            GlobalFontSettings.FontResolver = new TranscriptFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? Bold : Regular)
            : null;

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(TranscriptFonts).Assembly.GetManifestResourceStream($"Ladok.Modules.Reporting.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
