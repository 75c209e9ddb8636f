using System.Globalization;
using Ladok.Modules.Reporting.Domain;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ladok.Modules.Reporting.Documents;

/// <summary>
/// Draws an issued transcript as an A4 PDF: the university, the student, a block per course with
/// its results, the total, and on every page the verification code and where to check it.
/// Drawn from the stored content only, so every download of one issue says the same.
/// </summary>
public static class TranscriptPdf
{
    private const double Margin = 50, LineHeight = 14, FooterHeight = 40;
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static byte[] Render(Transcript transcript, string verificationCode, string verifyAt)
    {
        TranscriptFonts.EnsureInstalled();
        var regular = Font(9, XFontStyleEx.Regular);
        var bold = Font(9, XFontStyleEx.Bold);
        var title = Font(15, XFontStyleEx.Bold);

        using var document = new PdfDocument();
        document.Info.Title = $"Resultatintyg {transcript.Student.Name}";
        document.Info.Creator = "Ladok";
        var pages = new List<PdfPage>();
        XGraphics? gfx = null;
        double y = 0, bottom = 0;

        void NewPage()
        {
            gfx?.Dispose();
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            pages.Add(page);
            gfx = XGraphics.FromPdfPage(page);
            y = Margin;
            bottom = page.Height.Point - Margin - FooterHeight;
        }

        void Line(params (string Text, double X, XFont Font)[] cells)
        {
            if (y + LineHeight > bottom) NewPage();
            foreach (var (text, x, font) in cells) gfx!.DrawString(text, font, XBrushes.Black, new XPoint(Margin + x, y + 10));
            y += LineHeight;
        }

        NewPage();
        Line((transcript.University, 0, title));
        y += 8;
        Line(("Resultatintyg / Transcript of records", 0, bold));
        y += 4;
        Line(("Namn / Name:", 0, regular), (transcript.Student.Name, 110, bold));
        Line(("Personnummer:", 0, regular), (FormatIdentityNumber(transcript.Student.IdentityNumber), 110, regular));
        Line(("Utfärdat / Issued:", 0, regular), (transcript.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 110, regular));
        y += 10;
        Line(("Kod", 0, bold), ("Benämning", 60, bold), ("Betyg", 300, bold), ("hp", 345, bold), ("Examinerad", 385, bold), ("Beslut", 450, bold));
        gfx!.DrawLine(XPens.Black, Margin, y, gfx.PageSize.Width - Margin, y);
        y += 4;

        foreach (var course in transcript.Courses)
        {
            if (y + 2 * LineHeight > bottom) NewPage();
            Line((course.Code, 0, bold), (Fit(gfx!, course.NameSv, 230, bold), 60, bold), (Credits(course.AttainedCredits), 345, bold));
            foreach (var entry in course.Results)
            {
                Line((entry.ModuleCode is null ? "Kursbetyg" : $"Modul {entry.ModuleCode}", 60, regular), (entry.Grade, 300, regular),
                    (Credits(entry.Credits), 345, regular),
                    (Date(entry.ExaminationDate), 385, regular), (Date(entry.DecidedOn), 450, regular));
                if (entry.TransferredFrom is { } origin) Line((Fit(gfx!, $"Tillgodoräknande från {origin}", 280, regular), 70, regular));
            }
            y += 3;
        }

        y += 6;
        Line(("Summa / Total", 0, bold), (Credits(transcript.TotalCredits) + " hp", 345, bold));
        gfx.Dispose();

        var footer = Font(8, XFontStyleEx.Regular);
        for (var i = 0; i < pages.Count; i++)
        {
            using var page = XGraphics.FromPdfPage(pages[i], XGraphicsPdfPageOptions.Append);
            var top = pages[i].Height.Point - Margin - FooterHeight + 12;
            page.DrawLine(XPens.Gray, Margin, top, pages[i].Width.Point - Margin, top);
            page.DrawString(
                $"Kontrollkod / Verification code: {VerificationCode.Display(verificationCode)}", bold, XBrushes.Black, new XPoint(Margin, top + 14));
            page.DrawString($"Kontrollera intyget / Verify at {verifyAt}", footer, XBrushes.Black, new XPoint(Margin, top + 27));
            // The printed address is also a link, so the PDF opened on screen goes straight to the verification page.
            var height = pages[i].Height.Point;
            var linkArea = new PdfRectangle(new XPoint(Margin, height - top - 30), new XPoint(pages[i].Width.Point - Margin, height - top - 18));
            pages[i].AddWebLink(linkArea, verifyAt);
            page.DrawString($"Sida {i + 1} av {pages.Count}", footer, XBrushes.Black, new XPoint(pages[i].Width.Point - Margin - 60, top + 14));
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    // Unicode (Identity-H) rather than WinAnsi, so names with letters outside Western European (ł, ş, ğ) print too.
    private static XFont Font(double size, XFontStyleEx style) => new(TranscriptFonts.Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static string Credits(decimal credits) => credits.ToString("0.0", Swedish);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>YYYYMMDD-NNNC, as the Swedish authorities print it.</summary>
    private static string FormatIdentityNumber(string twelve) => twelve.Length == 12 ? $"{twelve[..8]}-{twelve[8..]}" : twelve;

    /// <summary>A long course name is shortened with an ellipsis rather than running into the next column.</summary>
    private static string Fit(XGraphics gfx, string text, double width, XFont font)
    {
        if (gfx.MeasureString(text, font).Width <= width) return text;
        var shortened = text;
        while (shortened.Length > 1 && gfx.MeasureString(shortened + "…", font).Width > width) shortened = shortened[..^1];
        return shortened + "…";
    }
}
