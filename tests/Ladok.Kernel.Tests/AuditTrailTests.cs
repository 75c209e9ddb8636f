using Ladok.Kernel.Auditing;
using Ladok.Kernel.Tests.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ladok.Kernel.Tests;

public sealed class AuditTrailTests(PostgresDatabase cluster) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Monday = new(2026, 9, 1, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Created_updated_and_deleted_entities_are_recorded_with_old_and_new_values_and_the_actor()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var clock = new FixedClock(Monday);
        var thing = new Thing { Name = "Algebra", Credits = 15, ValidFrom = new DateOnly(2026, 8, 31) };

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.ActAs("anna", clock);
            db.Things.Add(thing);
            await db.SaveChangesAsync();
        }
        clock.Advance(TimeSpan.FromHours(1));
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.ActAs("bertil", clock);
            var stored = await db.Things.SingleAsync(t => t.Id == thing.Id);
            stored.Name = "Linear algebra";
            stored.Credits = 7;
            stored.ValidFrom = stored.ValidFrom;
            await db.SaveChangesAsync();
        }
        clock.Advance(TimeSpan.FromHours(1));
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.ActAs("cecilia", clock);
            db.Things.Remove(await db.Things.SingleAsync(t => t.Id == thing.Id));
            await db.SaveChangesAsync();
        }

        await using var read = await database.Factory.CreateDbContextAsync();
        var trail = await read.Set<AuditEntry>().Where(e => e.SubjectId == thing.Id).OrderBy(e => e.ChangedAt).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], trail.Select(e => e.Action));
        Assert.Equal(["anna", "bertil", "cecilia"], trail.Select(e => e.ChangedBy));
        Assert.Equal([Monday, Monday.AddHours(1), Monday.AddHours(2)], trail.Select(e => e.ChangedAt));
        Assert.All(trail, e => Assert.Equal(("Thing", thing.Id.ToString()), (e.SubjectType, e.SubjectKey)));
        Assert.Equal(
            [
                new AuditChange("Id", null, thing.Id.ToString()),
                new AuditChange("Credits", null, "15"),
                new AuditChange("Name", null, "Algebra"),
                new AuditChange("ValidFrom", null, "2026-08-31"),
            ],
            trail[0].Changes.OrderBy(c => c.Field == "Id" ? "" : c.Field));
        // The row version is the database's bookkeeping, not a change anyone made.
        Assert.Equal([new AuditChange("Credits", "15", "7"), new AuditChange("Name", "Algebra", "Linear algebra")], trail[1].Changes.OrderBy(c => c.Field));
        Assert.Contains(new AuditChange("Name", "Linear algebra", null), trail[2].Changes);
        Assert.DoesNotContain(trail.SelectMany(e => e.Changes), c => c.Field == nameof(Thing.RowVersion));
    }

    [Fact]
    public async Task A_save_without_an_actor_is_refused_and_stores_nothing()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.Things.Add(new Thing { Name = "Algebra", Credits = 15 });
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("without an actor", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0L, await database.CountAsync("things"));
        Assert.Equal(0L, await database.CountAsync("audit_entries"));
    }

    [Fact]
    public async Task A_pooled_context_forgets_its_actor_when_disposed()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        await using (var first = await database.Factory.CreateDbContextAsync())
        {
            first.ActAs("anna", TimeProvider.System);
        }

        await using (var second = await database.Factory.CreateDbContextAsync())
        {
            Assert.Null(second.ChangedBy);
            second.Things.Add(new Thing { Name = "Algebra", Credits = 15 });
            await Assert.ThrowsAsync<InvalidOperationException>(() => second.SaveChangesAsync());
        }

        Assert.Equal(0L, await database.CountAsync("things"));
    }

    [Fact]
    public async Task A_failed_save_takes_its_audit_entries_back_so_a_retry_records_once()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var taken = new Thing { Name = "Algebra", Credits = 15 };
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.ActAs("anna", TimeProvider.System);
            db.Things.Add(taken);
            await db.SaveChangesAsync();
        }

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.ActAs("bertil", TimeProvider.System);
            var duplicate = new Thing { Id = taken.Id, Name = "Geometry", Credits = 7 };
            db.Things.Add(duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Empty(db.ChangeTracker.Entries<AuditEntry>());

            db.Entry(duplicate).State = EntityState.Detached;
            var fresh = new Thing { Name = "Geometry", Credits = 7 };
            db.Things.Add(fresh);
            await db.SaveChangesAsync();
        }

        Assert.Equal(2L, await database.CountAsync("audit_entries"));
        Assert.Equal(1L, await database.CountAsync("audit_entries", "changed_by = 'bertil'"));
    }

    [Fact]
    public async Task The_database_refuses_to_update_delete_or_truncate_the_audit_trail()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.ActAs("anna", TimeProvider.System);
            db.Things.Add(new Thing { Name = "Algebra", Credits = 15 });
            await db.SaveChangesAsync();
        }

        foreach (var sql in new[]
        {
            "UPDATE kernel_test.audit_entries SET changed_by = 'mallory'",
            "DELETE FROM kernel_test.audit_entries",
            "TRUNCATE kernel_test.audit_entries",
        })
        {
            await using var command = database.DataSource.CreateCommand(sql);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
            Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        }

        Assert.Equal(1L, await database.CountAsync("audit_entries", "changed_by = 'anna' AND action = 'Created'"));
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_through_the_context_either()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.ActAs("anna", TimeProvider.System);
            db.Things.Add(new Thing { Name = "Algebra", Credits = 15 });
            await db.SaveChangesAsync();
        }

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.ActAs("mallory", TimeProvider.System);
            db.Set<AuditEntry>().Remove(await db.Set<AuditEntry>().SingleAsync());
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, Assert.IsType<PostgresException>(refused.InnerException).SqlState);
        }

        Assert.Equal(1L, await database.CountAsync("audit_entries", "changed_by = 'anna'"));
    }
}
