using Autofac;
using Ladok.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Kernel.Data;

/// <summary>How a module gets its DbContext: pooled, one context per fetch, its own schema and history table.</summary>
public static class ModuleDatabase
{
    public const string MigrationsHistoryTable = "__migrations_history";

    /// <param name="builder">The module's container builder.</param>
    /// <param name="schema">The PostgreSQL schema the module owns.</param>
    /// <param name="referenceData">
    /// Data the module's code defines and every database must hold (not demo data), brought up to
    /// date each time the migrations run; it must be idempotent.
    /// </param>
    public static void RegisterModuleDatabase<TContext>(
        this ContainerBuilder builder, string schema, Func<IComponentContext, TContext, CancellationToken, Task>? referenceData = null)
        where TContext : DbContext
    {
        builder.Register(c =>
            {
                var container = c.Resolve<IComponentContext>();
                return new PooledDbContextFactory<TContext>(Options<TContext>(c.Resolve<NpgsqlDataSource>(), schema,
                    referenceData is null ? null : (db, ct) => referenceData(container, db, ct)));
            })
            .As<IDbContextFactory<TContext>>()
            .SingleInstance();
        builder.Register(c => new Migrator<TContext>(schema, c.Resolve<IDbContextFactory<TContext>>()))
            .As<IModuleDatabase>()
            .SingleInstance();
    }

    /// <summary>
    /// Also a <see cref="ReadReplica{TContext}"/> of the module's context, for its read paths that may be a little
    /// stale: on <c>ConnectionStrings:LadokReadOnly</c> when set, otherwise on the primary.
    /// </summary>
    public static void RegisterReadReplica<TContext>(this ContainerBuilder builder, string schema) where TContext : DbContext
    {
        builder.Register(c =>
            {
                var options = new DbContextOptionsBuilder<TContext>(Options<TContext>(c.Resolve<ReadReplicaDataSource>().DataSource, schema))
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
                return new ReadReplica<TContext>(new PooledDbContextFactory<TContext>(options.Options));
            })
            .AsSelf()
            .SingleInstance();
    }

    public static DbContextOptions<TContext> Options<TContext>(
        NpgsqlDataSource dataSource, string schema, Func<TContext, CancellationToken, Task>? referenceData = null)
        where TContext : DbContext
    {
        var builder = Configure(new DbContextOptionsBuilder<TContext>(), schema, o => o.UseNpgsql(dataSource, History(schema)));
        if (referenceData is not null)
        {
            // EF runs this at the end of every MigrateAsync.
            builder.UseAsyncSeeding((context, _, cancellationToken) => referenceData((TContext)context, cancellationToken));
        }
        return builder.Options;
    }

    /// <summary>For design-time factories (<c>dotnet ef</c>), which need no live database.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema) where TContext : DbContext =>
        Configure(new DbContextOptionsBuilder<TContext>(), schema, o => o.UseNpgsql("Host=localhost", History(schema))).Options;

    private static DbContextOptionsBuilder<TContext> Configure<TContext>(
        DbContextOptionsBuilder<TContext> builder, string schema, Action<DbContextOptionsBuilder<TContext>> useNpgsql) where TContext : DbContext
    {
        useNpgsql(builder);
        return (DbContextOptionsBuilder<TContext>)builder.UseSnakeCaseNamingConvention();
    }

    private static Action<Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder> History(string schema) =>
        npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema);

    private sealed class Migrator<TContext>(string schema, IDbContextFactory<TContext> factory) : IModuleDatabase where TContext : DbContext
    {
        public string Schema => schema;

        public async Task MigrateAsync(CancellationToken cancellationToken)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        }
    }
}
