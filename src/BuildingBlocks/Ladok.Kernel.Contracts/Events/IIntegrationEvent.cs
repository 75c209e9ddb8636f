namespace Ladok.Kernel.Events;

/// <summary>
/// A fact one module tells the others after it has committed, such as <c>ResultAttested</c>.
/// Events are plain <c>sealed record</c>s in the publishing module's Contracts project, so
/// subscribers (other modules, later plugins) depend on the fact, not on the module. They are
/// stored as JSON in the outbox: keep them to serialisable values and add fields, never rename.
/// </summary>
public interface IIntegrationEvent;

/// <summary>
/// The name an event is stored under in the outbox, when the type's full name should be free to
/// change (a namespace move would otherwise strand stored messages). Without it the full name is used.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>The stored name of <paramref name="eventType"/>: the attribute's, else the full type name.</summary>
    public static string Of(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        var attribute = (IntegrationEventNameAttribute?)GetCustomAttribute(eventType, typeof(IntegrationEventNameAttribute));
        return attribute?.Name ?? eventType.FullName ?? eventType.Name;
    }
}
