using Npgsql;

namespace Ladok.Kernel.Data;

/// <summary>
/// Whether an exception means the database was briefly out of reach, so the same work may succeed
/// if tried again: a restart or crash of PostgreSQL, a dropped connection, a refused one.
/// </summary>
public static class TransientDatabaseFault
{
    /// <summary>
    /// SQLSTATEs of a server going away or not yet back: admin_shutdown ("terminating connection due to
    /// administrator command"), crash_shutdown, cannot_connect_now ("the database system is starting up"
    /// or "shutting down"), and class 08, connection exceptions. Npgsql's own IsTransient covers I/O,
    /// socket and time-out failures and resource exhaustion, but not these shutdown codes.
    /// </summary>
    private static readonly HashSet<string> ServerGoingAway =
    [
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.CrashShutdown,
        PostgresErrorCodes.CannotConnectNow,
    ];

    /// <summary>True when the exception, or one it wraps (EF Core and GraphQL.NET wrap them), is a transient database fault.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres
                    when ServerGoingAway.Contains(postgres.SqlState) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                // A server that answered with an error is transient only for what a retry can cure (a deadlock, a
                // serialization failure, too many connections), never for a broken constraint or a bug.
                case PostgresException answered:
                    return answered.IsTransient;
                case NpgsqlException { IsTransient: true }:
                    return true;
            }
        }
        return false;
    }
}
