namespace Ladok.Modules.Training.Tests;

/// <summary>A clock the test sets. Its local zone is UTC, so "today" is the UTC date.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
