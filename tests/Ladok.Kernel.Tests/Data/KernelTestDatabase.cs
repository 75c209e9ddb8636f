using Autofac;
using Ladok.Kernel.Auditing;
using Ladok.Kernel.Data;
using Ladok.Kernel.Events;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Ladok.Kernel.Tests.Data;

/// <summary>A module-like context with an outbox, an audit trail and one audited entity.</summary>
public sealed class KernelTestDbContext(DbContextOptions<KernelTestDbContext> options) : AuditedDbContext(options)
{
    public const string Schema = "kernel_test";

    public DbSet<Thing> Things => Set<Thing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Thing>(thing =>
        {
            thing.Property(t => t.Id).ValueGeneratedNever();
            thing.Property(t => t.RowVersion).IsRowVersion();
        });
        // A subscriber's own store: one row per message it has handled (written with raw SQL).
        modelBuilder.Entity<HandledMessage>().HasKey(h => new { h.Subscriber, h.MessageId });
        modelBuilder.AddOutbox();
        modelBuilder.AddAuditTrail();
    }
}

public sealed class Thing
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public int Credits { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public uint RowVersion { get; set; }
}

public sealed class HandledMessage
{
    public required string Subscriber { get; set; }
    public Guid MessageId { get; set; }
}

/// <summary>One fresh database with the test context's tables, per test, in the class's cluster.</summary>
public sealed class KernelTestDatabase : IAsyncDisposable
{
    private KernelTestDatabase(NpgsqlDataSource dataSource)
    {
        DataSource = dataSource;
        Factory = new PooledDbContextFactory<KernelTestDbContext>(ModuleDatabase.Options<KernelTestDbContext>(dataSource, KernelTestDbContext.Schema));
    }

    public NpgsqlDataSource DataSource { get; }

    public IDbContextFactory<KernelTestDbContext> Factory { get; }

    public static async Task<KernelTestDatabase> CreateAsync(PostgresDatabase cluster)
    {
        var name = "k_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(cluster.Cluster.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var database = new KernelTestDatabase(NpgsqlDataSource.Create(cluster.Cluster.ConnectionString(name)));
        await using var db = await database.Factory.CreateDbContextAsync();
        await db.Database.EnsureCreatedAsync();
        // The append-only triggers through the migration helper itself, as a module's migration runs it.
        var migration = new MigrationBuilder(db.Database.ProviderName);
        migration.MakeAuditTrailAppendOnly(KernelTestDbContext.Schema);
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(migration.Operations, db.Model);
        await db.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>());
        return database;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<long> CountAsync(string table, string where = "true") =>
        await ScalarAsync<long>($"SELECT count(*) FROM {KernelTestDbContext.Schema}.{table} WHERE {where}");

    /// <summary>A container as a module's host would build it: the database, the outbox and the given subscribers.</summary>
    public IContainer Container(Action<ContainerBuilder> subscribers, OutboxOptions? options = null, TimeProvider? clock = null)
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(Factory).As<IDbContextFactory<KernelTestDbContext>>().ExternallyOwned();
        builder.RegisterInstance(DataSource).ExternallyOwned();
        builder.RegisterInstance(clock ?? TimeProvider.System).As<TimeProvider>();
        builder.RegisterOutbox<KernelTestDbContext>(options);
        subscribers(builder);
        return builder.Build();
    }

    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();
}
