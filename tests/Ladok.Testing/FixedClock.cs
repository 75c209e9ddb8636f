namespace Ladok.Testing;

/// <summary>A clock standing still at the time given. Its local zone is UTC, so "today" is the UTC date.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
