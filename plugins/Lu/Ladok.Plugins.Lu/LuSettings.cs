using System.ComponentModel.DataAnnotations;

namespace Ladok.Plugins.Lu;

/// <summary>
/// Lund's settings, from the host's configuration section <c>Plugins:se.lu.ladok</c> (SDK 1.8), such as
/// <c>Plugins__se.lu.ladok__MarkReadyDaysAfterEnd=45</c> in the environment. The defaults are Lund's rules.
/// </summary>
public sealed class LuSettings
{
    /// <summary>How many days after an offering's last day its results may still be marked ready (30: see the README).</summary>
    [Range(0, 365)]
    public int MarkReadyDaysAfterEnd { get; set; } = 30;

    /// <summary>A student with more failed attempts than this on one module is listed by <c>lu-repeated-failures</c> (two by default).</summary>
    [Range(1, 20)]
    public int FailedAttemptsBeforeListed { get; set; } = 2;
}
