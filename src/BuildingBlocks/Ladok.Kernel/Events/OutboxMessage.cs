using System.Text.Json;

namespace Ladok.Kernel.Events;

/// <summary>
/// An integration event as the publishing module stored it, in the same transaction as the change
/// it tells of; so a rolled-back change never produces an event and a committed one never loses it.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage(Guid id, string type, string payload, DateTimeOffset occurredAt)
    {
        Id = id;
        Type = type;
        Payload = payload;
        OccurredAt = occurredAt;
    }

    /// <summary>A version 7 Guid: dispatch follows it, so roughly the order of writing.</summary>
    public Guid Id { get; private set; }

    /// <summary>The event's stored name (<see cref="IntegrationEventNameAttribute.Of"/>).</summary>
    public string Type { get; private set; }

    /// <summary>The event as JSON (jsonb).</summary>
    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When every subscriber had it (delivered or parked); null while some still wait.</summary>
    public DateTimeOffset? DispatchedAt { get; private set; }

    internal void Dispatched(DateTimeOffset now) => DispatchedAt = now;

    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static OutboxMessage For(IIntegrationEvent @event, DateTimeOffset occurredAt)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var type = @event.GetType();
        return new OutboxMessage(
            Guid.CreateVersion7(occurredAt), IntegrationEventNameAttribute.Of(type), JsonSerializer.Serialize(@event, type, Json),
            occurredAt.ToUniversalTime());
    }
}

/// <summary>
/// One subscriber's state for one message. Each subscriber has its own row, so a failing one
/// retries and is parked on its own while the others carry on.
/// </summary>
public sealed class OutboxDelivery
{
    internal OutboxDelivery(Guid messageId, string subscriber)
    {
        MessageId = messageId;
        Subscriber = subscriber;
    }

    public Guid MessageId { get; private set; }

    /// <summary>The subscriber's stable name (by default the handler type's full name).</summary>
    public string Subscriber { get; private set; }

    /// <summary>How many times the handler was called and its outcome recorded.</summary>
    public int Attempts { get; private set; }

    /// <summary>The last failure's exception type and message, for an operator.</summary>
    public string? LastError { get; private set; }

    /// <summary>Not before this time is a failed delivery tried again (back-off).</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Set after too many failures: no more attempts until an operator clears it.</summary>
    public DateTimeOffset? ParkedAt { get; private set; }

    internal bool IsSettled => DeliveredAt is not null || ParkedAt is not null;

    internal bool IsDue(DateTimeOffset now) => !IsSettled && (NextAttemptAt is null || NextAttemptAt <= now);

    internal void Delivered(DateTimeOffset now)
    {
        Attempts++;
        DeliveredAt = now;
        NextAttemptAt = null;
    }

    internal void Failed(Exception error, DateTimeOffset now, OutboxOptions options)
    {
        Attempts++;
        var text = $"{error.GetType().FullName}: {error.Message}";
        LastError = text.Length > 4000 ? text[..4000] : text;
        if (Attempts >= options.MaxAttempts)
        {
            ParkedAt = now;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = now + options.RetryDelay(Attempts);
        }
    }
}
