namespace Ladok.Testing;

/// <summary>
/// The tests' one clock: it stands at the time given until the test moves it (<see cref="Advance"/>, <see cref="SetUtcNow"/>,
/// named as FakeTimeProvider names them). Its local zone is UTC, so "today" is the UTC date. Timers and time-outs measured with
/// it (<c>task.WaitAsync(timeout, clock)</c>, as the Kernel's PluginGuard and outbox dispatcher do) run in real time, so code
/// under test still times a hanging plugin out while the date stands still; FakeTimeProvider fires them only when advanced.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private long utcTicks = now.UtcTicks;

    /// <summary>A clock standing at the moment it is made: for code that needs only the UTC zone.</summary>
    public FixedClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => Interlocked.Add(ref utcTicks, by.Ticks);

    public void SetUtcNow(DateTimeOffset value) => Interlocked.Exchange(ref utcTicks, value.UtcTicks);
}
