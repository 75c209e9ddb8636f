using Autofac;
using Ladok.Kernel.Data;
using Ladok.Kernel.Events;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Records.Tests;

/// <summary>
/// The Records module's events reach a subscriber after commit, at least once: a dispatcher
/// killed mid-way loses nothing, and a subscriber that de-duplicates stores each event once.
/// </summary>
public sealed class OutboxDeliveryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Reporter = "lararedv", Examiner = "examdv", StadmDv = "stadmdv";

    private readonly FixedClock clock = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private readonly FakePermissions permissions = new();
    private readonly FakeCatalogue catalogue = new();
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<RecordsDbContext> databases = null!;
    private RecordsCommands records = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<RecordsDbContext>(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        records = new RecordsCommands(dataSource, catalogue, permissions, clock);
        await database.ExecuteAsync("CREATE TABLE public.attested_seen (message_id uuid PRIMARY KEY, result_id uuid NOT NULL)");
        permissions.Grant(StadmDv, RecordsPolicies.Register, FakeCatalogue.Dv);
        permissions.GrantCourseRight(Reporter, CourseRightKind.Report, FakeCatalogue.Programming);
        permissions.GrantCourseRight(Examiner, CourseRightKind.Attest, FakeCatalogue.Programming);
    }

    public async Task DisposeAsync()
    {
        await records.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task A_dispatcher_killed_mid_way_loses_no_attested_result_and_the_subscriber_stores_each_once()
    {
        var attested = new List<Guid>();
        for (var i = 0; i < 10; i++) attested.Add(await AttestedResultAsync(i));
        Assert.Equal(
            10L, await database.ScalarAsync<long>(
                "SELECT count(*) FROM records.outbox_messages WHERE type = 'records.result-attested' AND dispatched_at IS NULL"));

        var crash = new AttestedSubscriber.Crash { AfterCalls = 4 };
        await using (var first = Container(crash))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                first.Resolve<OutboxDispatcher<RecordsDbContext>>().DispatchPendingAsync(crash.Dispatcher.Token));
        }
        Assert.Equal(4L, await database.ScalarAsync<long>("SELECT count(*) FROM public.attested_seen"));

        await using (var second = Container(new AttestedSubscriber.Crash()))
        {
            await second.Resolve<OutboxDispatcher<RecordsDbContext>>().DispatchPendingAsync(CancellationToken.None);
        }

        Assert.Equal(attested.Order(), (await ResultsSeenAsync()).Order());
        Assert.Equal(
            0L, await database.ScalarAsync<long>(
                "SELECT count(*) FROM records.outbox_messages WHERE dispatched_at IS NULL AND type = 'records.result-attested'"));
    }

    private IContainer Container(AttestedSubscriber.Crash crash)
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(databases).As<IDbContextFactory<RecordsDbContext>>().ExternallyOwned();
        builder.RegisterInstance(dataSource).ExternallyOwned();
        builder.RegisterInstance(clock).As<TimeProvider>();
        builder.RegisterInstance(crash);
        builder.RegisterOutbox<RecordsDbContext>();
        builder.RegisterIntegrationEventHandler<AttestedSubscriber>("test.attested");
        return builder.Build();
    }

    private async Task<List<Guid>> ResultsSeenAsync()
    {
        await using var command = dataSource.CreateCommand("SELECT result_id FROM public.attested_seen");
        await using var reader = await command.ExecuteReaderAsync();
        var seen = new List<Guid>();
        while (await reader.ReadAsync()) seen.Add(reader.GetGuid(0));
        return seen;
    }

    private async Task<Guid> AttestedResultAsync(int i)
    {
        var student = (await records.RunAsync(
            new CreateStudentCommand(Numbers.Personal($"880202{i:D3}"), false, "Outbox", $"Student{i}", null, StadmDv))).Value!;
        var registration = (await records.RunAsync(
            new RegisterStudentCommand(student.Id, FakeCatalogue.DvAutumn.Id, RegistrationKind.FirstTime, StadmDv))).Value!;
        var draft = (await records.RunAsync(
            new ReportResultCommand(registration.Id, "0001", new GradeEntry("G", new DateOnly(2025, 10, 20), null), Reporter))).Value!;
        var ready = (await records.RunAsync(
            new MarkResultsReadyCommand([new ResultRef(draft.Id, draft.RowVersion)], [Examiner], Reporter))).Value![0];
        var attested = await records.RunAsync(
            new AttestResultsCommand([new ResultRef(ready.Id, ready.RowVersion)], Examiner));
        Assert.True(attested.Succeeded);
        return draft.Id;
    }

    /// <summary>A subscriber that de-duplicates by message id, as every subscriber must; it can be made to die after its own commit.</summary>
    private sealed class AttestedSubscriber(NpgsqlDataSource dataSource, AttestedSubscriber.Crash crash) : IIntegrationEventHandler<ResultAttested>
    {
        public sealed class Crash
        {
            private int calls;

            public int AfterCalls { get; init; } = int.MaxValue;

            public CancellationTokenSource Dispatcher { get; } = new();

            public bool Due() => Interlocked.Increment(ref calls) == AfterCalls;
        }

        public async Task HandleAsync(ResultAttested integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
        {
            await using var command = dataSource.CreateCommand("INSERT INTO public.attested_seen VALUES ($1, $2) ON CONFLICT DO NOTHING");
            command.Parameters.Add(new NpgsqlParameter { Value = context.MessageId });
            command.Parameters.Add(new NpgsqlParameter { Value = integrationEvent.ResultId });
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (crash.Due())
            {
                // Dies after its own commit, before the delivery is recorded: the message comes again.
                await crash.Dispatcher.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}
