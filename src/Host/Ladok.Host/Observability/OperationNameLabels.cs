using System.Collections.Concurrent;

namespace Ladok.Host.Observability;

/// <summary>
/// The operation name a metric is labelled with. Any caller may name its operations, so the names
/// are bounded: the first <c>Observability:MaxOperationNames</c> distinct names keep their own label
/// and later ones share <see cref="Other"/>; unnamed operations share <see cref="Unnamed"/>. Neither
/// is a valid GraphQL name, so neither can be mistaken for a real operation.
/// </summary>
internal sealed class OperationNameLabels(int capacity)
{
    public const string Unnamed = "(unnamed)";
    public const string Other = "(other)";

    private readonly ConcurrentDictionary<string, bool> known = new(StringComparer.Ordinal);

    public string Label(string? operationName)
    {
        if (operationName is null) return Unnamed;
        if (known.ContainsKey(operationName)) return operationName;
        // Two racing callers may both pass the check and overshoot by a name or two; the bound only needs to be a bound.
        if (known.Count >= capacity) return Other;
        known.TryAdd(operationName, true);
        return operationName;
    }
}
