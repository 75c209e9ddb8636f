using System.Diagnostics;

namespace Ladok.Testing;

/// <summary>
/// Counts the SQL commands Npgsql sends to one database while it is alive, from Npgsql's own
/// tracing. Filtering by database name keeps other test classes' traffic out of the count.
/// </summary>
public sealed class SqlRoundTrips : IDisposable
{
    private readonly ActivityListener listener;
    private int count;

    public SqlRoundTrips(string databaseName)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // Opening a physical connection is not a command; Npgsql 10 names it "CONNECT <database>".
                if (!activity.OperationName.StartsWith("connect", StringComparison.OrdinalIgnoreCase)
                    && activity.Tags.Any(t => t.Value == databaseName)) Interlocked.Increment(ref count);
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public int Count => Volatile.Read(ref count);

    public void Dispose() => listener.Dispose();
}
