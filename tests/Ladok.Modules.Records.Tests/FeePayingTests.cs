using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Records.Tests;

/// <summary>A student's fee-paying terms (betalande student), recorded and taken back by a study administrator, against a real PostgreSQL.</summary>
public sealed class FeePayingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Stadm = "stadmdv";

    private readonly FixedClock clock = new(new DateTimeOffset(2025, 10, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeCatalogue catalogue = new();
    private readonly FakePermissions permissions = new();
    private NpgsqlDataSource dataSource = null!;
    private RecordsCommands records = null!;
    private static int nextNumber;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var databases = new PooledDbContextFactory<RecordsDbContext>(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        records = new RecordsCommands(dataSource, catalogue, permissions, clock);
    }

    public async Task DisposeAsync()
    {
        await records.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task A_fee_paying_term_is_stored_audited_and_published_and_taking_it_back_publishes_that_too()
    {
        var student = await StudentAsync();

        var recorded = await records.RunAsync(new RecordFeePayingCommand(student, " ht2025 ", true, Stadm));
        var again = await records.RunAsync(new RecordFeePayingCommand(student, "HT2025", true, Stadm));

        Assert.Equal(new FeePayingStatus(student, "HT2025", true), recorded.Value);
        Assert.Equal(new FeePayingStatus(student, "HT2025", true), again.Value);
        Assert.Equal(1L, await database.ScalarAsync<long>($"SELECT count(*) FROM records.fee_paying_terms WHERE student_id = '{student}' AND term = 'HT2025'"));
        // Saying what is already so tells nobody: one event.
        Assert.Equal(1L, await EventsAsync(student, isFeePaying: true));
        Assert.True(await database.ScalarAsync<long>($"SELECT count(*) FROM records.audit_entries WHERE subject_type = 'FeePayingTerm'") >= 1);

        var taken = await records.RunAsync(new RecordFeePayingCommand(student, "HT2025", false, Stadm));

        Assert.Equal(new FeePayingStatus(student, "HT2025", false), taken.Value);
        Assert.Equal(0L, await database.ScalarAsync<long>($"SELECT count(*) FROM records.fee_paying_terms WHERE student_id = '{student}'"));
        Assert.Equal(1L, await EventsAsync(student, isFeePaying: false));
    }

    [Fact]
    public async Task A_term_that_is_not_one_and_an_unknown_student_are_refused_and_nothing_is_stored()
    {
        var student = await StudentAsync();

        var badTerm = await records.RunAsync(new RecordFeePayingCommand(student, "H2025", true, Stadm));
        var nobody = await records.RunAsync(new RecordFeePayingCommand(Guid.NewGuid(), "HT2025", true, Stadm));

        var termError = Assert.Single(badTerm.Errors);
        Assert.Equal(ErrorCode.Validation, termError.Code);
        Assert.Equal("term", termError.Field?.ToString(), ignoreCase: true);
        Assert.Equal(ErrorCode.NotFound, Assert.Single(nobody.Errors).Code);
        Assert.Equal(0L, await database.ScalarAsync<long>($"SELECT count(*) FROM records.fee_paying_terms WHERE student_id = '{student}'"));
        Assert.Equal(0L, await EventsAsync(student, isFeePaying: true));
    }

    private Task<long> EventsAsync(Guid student, bool isFeePaying) => database.ScalarAsync<long>(
        $"SELECT count(*) FROM records.outbox_messages WHERE type = 'records.fee-paying-recorded' AND payload->>'studentId' = '{student}' "
        + $"AND (payload->>'isFeePaying')::boolean = {(isFeePaying ? "true" : "false")}");

    private async Task<Guid> StudentAsync()
    {
        var number = 800 + Interlocked.Increment(ref nextNumber);
        var created = await records.RunAsync(new CreateStudentCommand(PersonalIdentity(number), false, "Fee", "Payer", null, Stadm));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        return created.Value!.Id;
    }

    /// <summary>A valid personnummer born 1990-01-01 with the serial given.</summary>
    private static string PersonalIdentity(int serial)
    {
        var digits = $"900101{serial:000}";
        var sum = digits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => p / 10 + p % 10);
        return $"19{digits}{(10 - sum % 10) % 10}";
    }
}
