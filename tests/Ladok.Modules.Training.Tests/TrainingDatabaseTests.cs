using Autofac;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Application;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Domain;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Training.Tests;

/// <summary>The Training module's handlers and facade against a real PostgreSQL.</summary>
public sealed class TrainingDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FixedClock clock = new(Now);
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<TrainingDbContext> factory = null!;
    private CommandRunner commands = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        factory = new PooledDbContextFactory<TrainingDbContext>(ModuleDatabase.Options<TrainingDbContext>(dataSource, TrainingDbContext.Schema));
        commands = Commands(clock);
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        commands.Dispose();
        await dataSource.DisposeAsync();
    }

    private CommandRunner Commands(TimeProvider at) => new(b =>
    {
        b.RegisterModule<TrainingModule>();
        b.RegisterInstance(factory).As<IDbContextFactory<TrainingDbContext>>().ExternallyOwned();
        b.RegisterInstance(at).As<TimeProvider>().ExternallyOwned();
    });

    [Fact]
    public async Task Everything_the_module_stores_lives_in_its_own_schema()
    {
        await using var db = await factory.CreateDbContextAsync();

        Assert.All(db.Model.GetEntityTypes(), e => Assert.Equal("training", e.GetSchema()));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('training', 'pg_catalog', 'information_schema')"));
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'training' AND table_name = '__migrations_history'"));
    }

    [Fact]
    public async Task A_session_is_scheduled_by_the_training_code_as_people_type_it_and_stored_in_utc()
    {
        await NewTrainingAsync("SCHED-OK");
        var startsAt = new DateTimeOffset(2027, 4, 1, 9, 0, 0, TimeSpan.FromHours(2));

        var outcome = await ScheduleAsync(
            new ScheduleTrainingSessionCommand(" sched-ok ", startsAt, startsAt.AddHours(3), " Studentcentrum ", 12));

        Assert.True(outcome.Succeeded, Messages(outcome));
        Assert.Equal("2027-04-01 07:00:00", await database.ScalarAsync<string>(
            $"SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM training.sessions WHERE id = '{outcome.Value!.Id}'"));
        Assert.Equal("Studentcentrum", await database.ScalarAsync<string>($"SELECT location FROM training.sessions WHERE id = '{outcome.Value.Id}'"));
    }

    [Fact]
    public async Task Scheduling_a_session_of_an_unknown_training_is_not_found_and_stores_nothing()
    {
        var before = await SessionCountAsync();

        var outcome = await ScheduleAsync(
            new ScheduleTrainingSessionCommand("NO-SUCH", Now.AddDays(7), Now.AddDays(7).AddHours(1), "Online", 10));

        Assert.Equal(ErrorCode.NotFound, outcome.Errors.Single().Code);
        Assert.Equal(Field.Of(nameof(ScheduleTrainingSessionCommand.TrainingCode)), outcome.Errors.Single().Field);
        Assert.Equal(before, await SessionCountAsync());
    }

    [Theory]
    [InlineData(0, 3, "capacity")]
    [InlineData(-5, 3, "capacity")]
    [InlineData(10, 0, "endsAt")]
    [InlineData(10, -3, "endsAt")]
    public async Task A_session_without_seats_or_ending_before_it_starts_is_refused_and_nothing_is_stored(int capacity, int hours, string field)
    {
        var training = await NewTrainingAsync("SCHED-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());
        var startsAt = Now.AddDays(7);

        var outcome = await ScheduleAsync(
            new ScheduleTrainingSessionCommand(training.Code, startsAt, startsAt.AddHours(hours), "Online", capacity));

        Assert.Equal(ErrorCode.Validation, outcome.Errors.Single().Code);
        Assert.Equal(field, outcome.Errors.Single().Field?.ToString());
        Assert.Equal(0L, await database.ScalarAsync<long>($"SELECT count(*) FROM training.sessions WHERE training_id = '{training.Id}'"));
    }

    [Fact]
    public async Task An_enrolment_is_stored_with_who_and_when()
    {
        var session = await NewSessionAsync("ENROL-OK", capacity: 5);

        var outcome = await EnrolAsync(new EnrolInTrainingCommand(session.Id, "nyanst"));

        Assert.True(outcome.Succeeded, Messages(outcome));
        Assert.Equal(1L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM training.enrolments WHERE session_id = '{session.Id}' AND user_id = 'nyanst' AND enrolled_at = '{Now:O}'"));
    }

    [Fact]
    public async Task A_full_session_refuses_another_enrolment_and_stores_nothing()
    {
        var session = await NewSessionAsync("ENROL-FULL", capacity: 2);
        Assert.True((await EnrolAsync(new EnrolInTrainingCommand(session.Id, "stadmdv"))).Succeeded);
        Assert.True((await EnrolAsync(new EnrolInTrainingCommand(session.Id, "stadmma"))).Succeeded);

        var third = await EnrolAsync(new EnrolInTrainingCommand(session.Id, "nyanst"));

        Assert.Equal(ErrorCode.Conflict, third.Errors.Single().Code);
        Assert.Contains("2 seats", third.Errors.Single().Message, StringComparison.Ordinal);
        Assert.Equal(2L, await EnrolmentCountAsync(session.Id));
        Assert.Equal(
            0L, await database.ScalarAsync<long>("SELECT count(*) FROM training.enrolments WHERE user_id = 'nyanst' AND session_id = '" + session.Id + "'"));
    }

    [Fact]
    public async Task Enrolling_twice_in_the_same_session_is_refused_and_stores_one_enrolment()
    {
        var session = await NewSessionAsync("ENROL-TWICE", capacity: 5);
        Assert.True((await EnrolAsync(new EnrolInTrainingCommand(session.Id, "nyanst"))).Succeeded);

        var again = await EnrolAsync(new EnrolInTrainingCommand(session.Id, "nyanst"));

        Assert.Equal(ErrorCode.Conflict, again.Errors.Single().Code);
        Assert.Equal(1L, await EnrolmentCountAsync(session.Id));
    }

    [Fact]
    public async Task A_session_that_has_started_refuses_enrolment_and_stores_nothing()
    {
        var session = await NewSessionAsync("ENROL-LATE", capacity: 5);
        var later = new FixedClock(session.StartsAt.AddMinutes(5));

        using var lateCommands = Commands(later);

        var late = await lateCommands.RunAsync<EnrolInTrainingCommand, TrainingSession>(new EnrolInTrainingCommand(session.Id, "nyanst"));

        Assert.Equal(ErrorCode.Validation, late.Errors.Single().Code);
        Assert.Equal(0L, await EnrolmentCountAsync(session.Id));
    }

    [Fact]
    public async Task Enrolling_in_a_session_that_does_not_exist_is_not_found()
    {
        var outcome = await EnrolAsync(new EnrolInTrainingCommand(Guid.NewGuid(), "nyanst"));

        Assert.Equal(ErrorCode.NotFound, outcome.Errors.Single().Code);
        Assert.Equal(Field.Of(nameof(EnrolInTrainingCommand.SessionId)), outcome.Errors.Single().Field);
    }

    [Fact]
    public async Task Two_people_racing_for_the_last_seat_get_it_once()
    {
        var session = await NewSessionAsync("RACE-LAST", capacity: 2);
        Assert.True((await EnrolAsync(new EnrolInTrainingCommand(session.Id, "early"))).Succeeded);

        // Hold the session's row lock so both requests are inside their transactions, waiting on
        // it, before either can count the seats; then let them go at once.
        await using var blocker = await dataSource.OpenConnectionAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM training.sessions WHERE id = @id FOR UPDATE", blocker, hold))
        {
            lockRow.Parameters.AddWithValue("id", session.Id);
            await lockRow.ExecuteNonQueryAsync();
        }

        var first = EnrolAsync(new EnrolInTrainingCommand(session.Id, "racer-a"));
        var second = EnrolAsync(new EnrolInTrainingCommand(session.Id, "racer-b"));
        await WaitForLockWaitersAsync(2);
        await hold.CommitAsync();
        var outcomes = await Task.WhenAll(first, second);

        Assert.Single(outcomes, o => o.Succeeded);
        var loser = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal(ErrorCode.Conflict, loser.Errors.Single().Code);
        Assert.Contains("full", loser.Errors.Single().Message, StringComparison.Ordinal);
        Assert.Equal(2L, await EnrolmentCountAsync(session.Id));
    }

    [Fact]
    public async Task Many_people_enrolling_at_once_never_overbook_a_session()
    {
        var session = await NewSessionAsync("RACE-MANY", capacity: 3);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => EnrolAsync(new EnrolInTrainingCommand(session.Id, $"user{i}"))));

        Assert.Equal(3, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ErrorCode.Conflict, o.Errors.Single().Code));
        Assert.Equal(3L, await EnrolmentCountAsync(session.Id));
    }

    [Fact]
    public async Task A_completion_recorded_twice_is_stored_once_and_the_first_is_returned()
    {
        await NewTrainingAsync("COMPLETE-TWICE", validForMonths: 24);
        var command = new RecordTrainingCompletionCommand("complete-twice", " nyanst ", new(2027, 2, 1), "ladokadm");

        var first = await RecordAsync(command);
        var second = await RecordAsync(command with { RecordedBy = "someone-else" });

        Assert.True(first.Succeeded, Messages(first));
        Assert.Equal(first.Value!.Id, second.Value!.Id);
        Assert.Equal("ladokadm", second.Value.RecordedBy);
        Assert.Equal(new DateOnly(2029, 2, 1), second.Value.ExpiresOn);
        Assert.Equal(
            1L, await database.ScalarAsync<long>("SELECT count(*) FROM training.completions WHERE user_id = 'nyanst' AND completed_on = '2027-02-01'"));
    }

    [Fact]
    public async Task The_same_completion_recorded_at_once_by_two_administrators_is_stored_once()
    {
        await NewTrainingAsync("COMPLETE-RACE");
        var command = new RecordTrainingCompletionCommand("COMPLETE-RACE", "racer", new(2027, 2, 1), "ladokadm");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RecordAsync(command)));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, Messages(o)));
        Assert.Single(outcomes.Select(o => o.Value!.Id).Distinct());
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM training.completions WHERE user_id = 'racer'"));
    }

    [Fact]
    public async Task A_completion_dated_in_the_future_is_refused_and_nothing_is_stored()
    {
        await NewTrainingAsync("COMPLETE-FUTURE");

        var outcome = await RecordAsync(new RecordTrainingCompletionCommand("COMPLETE-FUTURE", "future", new(2027, 3, 2), "ladokadm"));

        Assert.Equal(ErrorCode.Validation, outcome.Errors.Single().Code);
        Assert.Equal(Field.Of("completedOn"), outcome.Errors.Single().Field);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM training.completions WHERE user_id = 'future'"));
    }

    [Fact]
    public async Task A_completion_of_an_unknown_training_is_not_found_and_nothing_is_stored()
    {
        var outcome = await RecordAsync(new RecordTrainingCompletionCommand("NO-SUCH", "ghost", new(2027, 2, 1), "ladokadm"));

        Assert.Equal(ErrorCode.NotFound, outcome.Errors.Single().Code);
        Assert.Equal(Field.Of(nameof(RecordTrainingCompletionCommand.TrainingCode)), outcome.Errors.Single().Field);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM training.completions WHERE user_id = 'ghost'"));
    }

    [Fact]
    public async Task A_completion_older_than_the_training_s_validity_no_longer_counts()
    {
        await NewTrainingAsync("EXPIRES-12", validForMonths: 12);
        await NewTrainingAsync("FOREVER");
        Assert.True((await RecordAsync(new RecordTrainingCompletionCommand("EXPIRES-12", "expiring", new(2025, 1, 15), "ladokadm"))).Succeeded);
        Assert.True((await RecordAsync(new RecordTrainingCompletionCommand("FOREVER", "expiring", new(2020, 6, 1), "ladokadm"))).Succeeded);
        var facade = new TrainingFacade(factory);

        var lastDay = await facade.CompletedTrainingCodesAsync("expiring", new(2026, 1, 14), default);
        var expired = await facade.CompletedTrainingCodesAsync("expiring", new(2026, 1, 15), default);
        var today = await facade.CompletedTrainingCodesAsync("expiring", DateOnly.FromDateTime(Now.UtcDateTime), default);
        var beforeEither = await facade.CompletedTrainingCodesAsync("expiring", new(2020, 5, 31), default);

        Assert.Equal(["EXPIRES-12", "FOREVER"], lastDay.Order(StringComparer.Ordinal));
        Assert.Equal(["FOREVER"], expired);
        Assert.Equal(["FOREVER"], today);
        Assert.Empty(beforeEither);
        Assert.Empty(await facade.CompletedTrainingCodesAsync("someone-without-any", DateOnly.FromDateTime(Now.UtcDateTime), default));
    }

    [Fact]
    public async Task The_facade_lists_every_training_by_code()
    {
        var training = await NewTrainingAsync("FACADE-LIST", validForMonths: 6, profileCode: "EXAMINER");

        var trainings = await new TrainingFacade(factory).TrainingsAsync(default);

        Assert.Equal(trainings.OrderBy(t => t.Code, StringComparer.Ordinal).Select(t => t.Code), trainings.Select(t => t.Code));
        Assert.Contains(new Contracts.TrainingInfo(training.Id, "FACADE-LIST", "Utbildning FACADE-LIST", "Training FACADE-LIST", "EXAMINER", 6), trainings);
    }

    private Task<Outcome<TrainingSession>> ScheduleAsync(ScheduleTrainingSessionCommand command) =>
        commands.RunAsync<ScheduleTrainingSessionCommand, TrainingSession>(command);

    private Task<Outcome<TrainingSession>> EnrolAsync(EnrolInTrainingCommand command) => commands.RunAsync<EnrolInTrainingCommand, TrainingSession>(command);

    private Task<Outcome<TrainingCompletion>> RecordAsync(RecordTrainingCompletionCommand command) =>
        commands.RunAsync<RecordTrainingCompletionCommand, TrainingCompletion>(command);

    private async Task<Domain.Training> NewTrainingAsync(string code, int? validForMonths = null, string? profileCode = null)
    {
        var training = Domain.Training.Create(code, "Utbildning " + code, "Training " + code, profileCode, validForMonths);
        Assert.True(training.Succeeded, Messages(training));
        await using var db = await factory.CreateDbContextAsync();
        db.Trainings.Add(training.Value!);
        await db.SaveChangesAsync();
        return training.Value!;
    }

    private async Task<TrainingSession> NewSessionAsync(string trainingCode, int capacity)
    {
        await NewTrainingAsync(trainingCode);
        var startsAt = Now.AddDays(14);
        var outcome = await ScheduleAsync(
            new ScheduleTrainingSessionCommand(trainingCode, startsAt, startsAt.AddHours(3), "Studentcentrum", capacity));
        Assert.True(outcome.Succeeded, Messages(outcome));
        return outcome.Value!;
    }

    private Task<long> SessionCountAsync() => database.ScalarAsync<long>("SELECT count(*) FROM training.sessions");

    private Task<long> EnrolmentCountAsync(Guid sessionId) =>
        database.ScalarAsync<long>($"SELECT count(*) FROM training.enrolments WHERE session_id = '{sessionId}'");

    private Task WaitForLockWaitersAsync(int count) => Eventually.Async(
        async () => await database.ScalarAsync<long>(
            $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database.DatabaseName}' AND wait_event_type = 'Lock'") >= count,
        $"{count} enrolments to queue on the session's row lock", TimeSpan.FromSeconds(30));

    private static string Messages<T>(Outcome<T> outcome) => string.Join(" ", outcome.Errors.Select(e => e.Message));
}
