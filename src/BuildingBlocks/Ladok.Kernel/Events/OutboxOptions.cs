namespace Ladok.Kernel.Events;

/// <summary>How a module's outbox dispatcher paces itself and gives up on a failing subscriber.</summary>
public sealed record OutboxOptions
{
    /// <summary>
    /// How often the dispatcher looks without being signalled: the safety net for a writer that
    /// forgot to signal, a signal sent by another host instance, and retries coming due.
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>After this many failed attempts a subscriber's delivery is parked.</summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>The wait before the next attempt, given the attempts made so far (1, 2, …).</summary>
    public Func<int, TimeSpan> RetryDelay { get; init; } = DoublingFromOneSecond;

    /// <summary>1 s, 2 s, 4 s, … capped at ten minutes.</summary>
    public static TimeSpan DoublingFromOneSecond(int attempts) => DoublingFrom(TimeSpan.FromSeconds(1))(attempts);

    /// <summary><paramref name="first"/>, twice that, four times, … capped at ten minutes (the host's <c>Outbox:FirstRetryDelay</c>).</summary>
    public static Func<int, TimeSpan> DoublingFrom(TimeSpan first) => attempts =>
        TimeSpan.FromSeconds(Math.Min(600, first.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1))));
}
