using Ladok.Kernel.Data;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Seeding;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Training.Tests;

/// <summary>The demo seeder, each test on its own empty database in one throwaway cluster.</summary>
public sealed class TrainingSeederTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly List<NpgsqlDataSource> dataSources = [];

    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

    private static readonly DateTimeOffset Morning = new(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(1));

    private static readonly DemoUniversity Demo = new([], [], [])
    {
        Trainings =
        [
            new("INTRO-STADM", "Introducerande träff", "Introductory meeting", "STUDY_ADMINISTRATOR", null,
                [new(Morning, Morning.AddHours(3), "Studentcentrum", 20), new(Morning.AddDays(40), Morning.AddDays(40).AddHours(3), "Studentcentrum", 2)]),
            new("RESULTAT-ELEARN", "Resultatrapportering", "Reporting results", "RESULT_REPORTER", 36,
                [new(Morning, Morning.AddMonths(6), "Online", 500)]),
        ],
        Users =
        [
            new("stadmdv", "Studieadministratör", [], [], ["INTRO-STADM"]),
            new("lararedv", "Lärare", [], [], ["RESULTAT-ELEARN"]),
            new("nyanst", "Nyanställd", [], [], []),
        ],
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var dataSource in dataSources) await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task The_demo_trainings_sessions_and_completions_are_seeded_into_an_empty_schema_once()
    {
        var (factory, connectionString) = await FreshDatabaseAsync();
        var seeder = new TrainingDemoSeeder(factory, new TestUniversity(Demo), Clock);

        var first = await seeder.SeedAsync(default);
        var second = await seeder.SeedAsync(default);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(2L, await ScalarAsync<long>(connectionString, "SELECT count(*) FROM training.trainings"));
        Assert.Equal(3L, await ScalarAsync<long>(connectionString, "SELECT count(*) FROM training.sessions"));
        Assert.Equal(
            2L, await ScalarAsync<long>(
                connectionString, "SELECT count(*) FROM training.sessions s JOIN training.trainings t ON t.id = s.training_id WHERE t.code = 'INTRO-STADM'"));
        Assert.Equal("lararedv RESULTAT-ELEARN 2026-09-01 2029-09-01 seed, stadmdv INTRO-STADM 2026-09-01 - seed",
            await ScalarAsync<string>(connectionString, """
            SELECT string_agg(c.user_id || ' ' || t.code || ' ' || c.completed_on || ' ' || coalesce(c.expires_on::text, '-') || ' ' || c.recorded_by,
                ', ' ORDER BY c.user_id)
            FROM training.completions c JOIN training.trainings t ON t.id = c.training_id
            """));
    }

    [Fact]
    public async Task Demo_data_naming_a_training_it_does_not_define_fails_and_stores_nothing()
    {
        var (factory, connectionString) = await FreshDatabaseAsync();
        var broken = Demo with { Users = [new("stadmdv", "Studieadministratör", [], [], ["NO-SUCH"])] };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new TrainingDemoSeeder(factory, new TestUniversity(broken), Clock).SeedAsync(default));

        Assert.Contains("NO-SUCH", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync<long>(connectionString, "SELECT count(*) FROM training.trainings"));
    }

    [Fact]
    public async Task Demo_data_breaking_a_rule_fails_with_the_rule_and_stores_nothing()
    {
        var (factory, connectionString) = await FreshDatabaseAsync();
        var broken = Demo with { Trainings = [new("BROKEN", "Trasig", "Broken", null, null, [new(Morning, Morning, "Online", 0)])] };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new TrainingDemoSeeder(factory, new TestUniversity(broken), Clock).SeedAsync(default));

        Assert.Contains("seat", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync<long>(connectionString, "SELECT count(*) FROM training.trainings"));
    }

    [Fact]
    public async Task A_university_without_demo_data_seeds_nothing()
    {
        var (factory, connectionString) = await FreshDatabaseAsync();

        Assert.False(await new TrainingDemoSeeder(factory, new TestUniversity(null), Clock).SeedAsync(default));
        Assert.Equal(0L, await ScalarAsync<long>(connectionString, "SELECT count(*) FROM training.trainings"));
    }

    /// <summary>A new database in the class's cluster, migrated: the seeder only writes into an empty schema.</summary>
    private async Task<(IDbContextFactory<TrainingDbContext> Factory, string ConnectionString)> FreshDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(database.Cluster.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = database.Cluster.ConnectionString(name);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        dataSources.Add(dataSource);
        var factory = new PooledDbContextFactory<TrainingDbContext>(ModuleDatabase.Options<TrainingDbContext>(dataSource, TrainingDbContext.Schema));
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        return (factory, connectionString);
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
