namespace Ladok.Kernel.Events;

/// <summary>
/// Wakes the outbox dispatchers after a commit, so events go out at once instead of at the next
/// poll. Only this host instance hears it; other instances find the messages when they poll.
/// </summary>
public interface IOutboxSignal
{
    /// <summary>Call after the transaction that stored events has committed. Cheap; never blocks.</summary>
    void Notify();
}

/// <summary>One signal for all dispatchers of the host: a notify wakes every one of them.</summary>
public sealed class OutboxSignal : IOutboxSignal
{
    private TaskCompletionSource next = NewSource();

    public void Notify() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    /// <summary>
    /// A task that completes at the next <see cref="Notify"/>. Take it before looking at the outbox
    /// and await it after, so a notify that comes while the dispatcher works is not missed.
    /// </summary>
    public Task Next => Volatile.Read(ref next).Task;

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
