using System.Diagnostics;
using System.Globalization;

namespace Ladok.Tools.History;

/// <summary>A one-line textual progress bar, redrawn with a carriage return when the percentage moves.</summary>
public sealed class ProgressBar(TextWriter output, string label, long total)
{
    private const int Width = 30;
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private int shown = -1;

    public void Report(long done, string detail)
    {
        var percent = total == 0 ? 100 : (int)Math.Min(100, done * 100 / total);
        if (percent == shown) return;
        shown = percent;
        Draw(percent, done, detail);
    }

    public void Done(string detail)
    {
        Draw(100, total, detail);
        output.WriteLine();
        output.Flush();
    }

    private void Draw(int percent, long done, string detail)
    {
        var filled = percent * Width / 100;
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r{label}: [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {done:N0}/{total:N0}, {detail}, {stopwatch.Elapsed.TotalSeconds:F0} s   "));
        output.Flush();
    }
}
