using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ladok.Kernel.Data;

/// <summary>
/// Where reads that may lag the primary go: the read replica when <c>ConnectionStrings:LadokReadOnly</c> is set,
/// otherwise the primary itself. The host registers it.
/// </summary>
public sealed record ReadReplicaDataSource(NpgsqlDataSource DataSource);

/// <summary>
/// A module's DbContext on the read replica (<see cref="ReadReplicaDataSource"/>), for read paths that can show
/// data a little stale, such as reports. Writes, and event handlers that read what they then write, use the
/// module's <see cref="IDbContextFactory{TContext}"/>, which is always the primary. Contexts track nothing.
/// </summary>
public sealed class ReadReplica<TContext>(IDbContextFactory<TContext> factory) where TContext : DbContext
{
    public Task<TContext> CreateDbContextAsync(CancellationToken cancellationToken) => factory.CreateDbContextAsync(cancellationToken);
}
