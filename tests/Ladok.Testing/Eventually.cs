using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace Ladok.Testing;

/// <summary>
/// Waits for what happens in the background (the outbox dispatcher, PostgreSQL, a host process, a metrics collection):
/// polls until the condition holds, and past the time-out fails the test saying what it waited for. Never a fixed sleep.
/// </summary>
public static class Eventually
{
    /// <summary>Generous, so a slow machine waits longer rather than fails; a condition that holds returns at once.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(20), LongestPause = TimeSpan.FromMilliseconds(250);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with "Gave up after N s waiting for <paramref name="what"/>".</summary>
    public static Task Async(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        Async(condition, holds => holds, _ => what, timeout);

    /// <inheritdoc cref="Async(Func{Task{bool}}, string, TimeSpan?)"/>
    public static Task Async(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        Async(() => Task.FromResult(condition()), what, timeout);

    /// <summary>
    /// Reads until the value satisfies <paramref name="until"/> and returns that value; past the time-out fails with
    /// <paramref name="what"/> of the last value read (a scrape, a count) so the failure shows what was there instead.
    /// </summary>
    public static async Task<T> Async<T>(Func<Task<T>> read, Func<T, bool> until, Func<T, string> what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(until);
        ArgumentNullException.ThrowIfNull(what);
        var limit = timeout ?? DefaultTimeout;
        var waited = Stopwatch.StartNew();
        var pause = FirstPause;
        while (true)
        {
            var value = await read();
            if (until(value)) return value;
            if (waited.Elapsed > limit)
            {
                Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Gave up after {limit.TotalSeconds:0.#} s waiting for {what(value)}."));
            }
            await Task.Delay(pause);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }
    }
}
