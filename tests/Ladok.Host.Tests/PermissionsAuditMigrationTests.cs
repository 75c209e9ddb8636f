using System.Text.Json.Nodes;
using Ladok.Kernel.Data;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Permissions.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ladok.Host.Tests;

/// <summary>
/// A database from before the Permissions module kept its history in the Kernel's audit trail: its old
/// log rows (what happened, who, when, why) are in the trail after the upgrade, read through
/// <c>auditTrail</c> and an application's <c>history</c>.
/// </summary>
public sealed class PermissionsAuditMigrationTests(PermissionsAuditMigrationTests.HostUpgradedFromOldLog host)
    : IClassFixture<PermissionsAuditMigrationTests.HostUpgradedFromOldLog>
{
    private static readonly Guid ApplicationId = Guid.Parse("019ad000-0000-7000-8000-000000000001");
    private static readonly Guid GrantId = Guid.Parse("019ad000-0000-7000-8000-000000000002");
    private static readonly Guid UserId = Guid.Parse("019ad000-0000-7000-8000-000000000003");

    [Fact]
    public async Task An_old_application_keeps_its_steps_in_the_audit_trail()
    {
        var trail = await TrailAsync("PermissionApplication", ApplicationId, "ladokadm");

        Assert.Equal(
        [
            "CREATED oldtimer 2025-03-01T09:00:00+00:00 status=Pending motivation=For the archive",
            "UPDATED prefdv 2025-03-02T10:30:00+00:00 status=Approved decidedBy=prefdv decidedAt=2025-03-02T10:30:00.0000000+00:00 decisionReason=Welcome",
            "UPDATED ladokadm 2025-05-01T08:00:00+00:00 event=reopened note=Asked again by phone",
        ], trail);
    }

    [Fact]
    public async Task An_old_grant_keeps_how_it_began_and_ended()
    {
        var trail = await TrailAsync("Grant", GrantId, "ladokadm");

        Assert.Equal(
        [
            $"CREATED prefdv 2025-03-02T10:30:00+00:00 note=application {ApplicationId}",
            "UPDATED oldtimer 2025-04-01T12:00:00+00:00 endedBy=oldtimer endedAt=2025-04-01T12:00:00.0000000+00:00 endReason=Leaving",
        ], trail);
    }

    [Fact]
    public async Task The_history_of_an_old_application_reads_as_before()
    {
        var me = await host.PostAsync("{ me { applications { id history { action actor at reason } } } }", user: "oldtimer");

        var application = me.Data["me"]!["applications"]!.AsArray()
            .Single(a => a!["id"]!.GetValue<string>() == GlobalId.Encode("PermissionApplication", ApplicationId));
        Assert.Equal(
        [
            "applied oldtimer 2025-03-01T09:00:00+00:00 For the archive",
            "approved prefdv 2025-03-02T10:30:00+00:00 Welcome",
            "reopened ladokadm 2025-05-01T08:00:00+00:00 Asked again by phone",
        ], application!["history"]!.AsArray().Select(h =>
            $"{h!["action"]!.GetValue<string>()} {h["actor"]!.GetValue<string>()} {h["at"]!.GetValue<string>()} {h["reason"]?.GetValue<string>()}"));
    }

    [Fact]
    public async Task Only_administrators_read_a_permissions_audit_trail()
    {
        var response = await host.PostAsync("query($id: ID!) { auditTrail(subjectId: $id) { totalCount } }",
            new { id = GlobalId.Encode("PermissionApplication", ApplicationId) }, "prefdv");

        Assert.Equal("NOT_FOUND", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task The_old_log_table_is_gone_and_the_trail_refuses_changes()
    {
        Assert.Equal(0L, await host.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'permissions' AND table_name = 'log_entries'"));
        await Assert.ThrowsAsync<PostgresException>(() => host.ExecuteAsync($"DELETE FROM permissions.audit_entries WHERE subject_id = '{GrantId}'"));
    }

    private async Task<List<string>> TrailAsync(string type, Guid id, string user)
    {
        var response = await host.PostAsync(
            "query($id: ID!) { auditTrail(subjectId: $id) { nodes { action changedBy changedAt changes { field new } } } }",
            new { id = GlobalId.Encode(type, id) }, user);
        return response.Data["auditTrail"]!["nodes"]!.AsArray().Select(n => string.Join(' ',
        [
            n!["action"]!.GetValue<string>(), n["changedBy"]!.GetValue<string>(), n["changedAt"]!.GetValue<string>(),
            .. n["changes"]!.AsArray().Select(c => $"{c!["field"]!.GetValue<string>()}={c["new"]!.GetValue<string>()}"),
        ])).ToList();
    }

    /// <summary>The host, started on a database migrated to the last Permissions migration before the audit trail and holding old log rows.</summary>
    public sealed class HostUpgradedFromOldLog : LadokHost
    {
        private const string BeforeTheAuditTrail = "20261129121443_Initial";

        protected override async Task BeforeHostStartsAsync()
        {
            await using (var dataSource = NpgsqlDataSource.Create(ConnectionString))
            await using (var db = new PermissionsDbContext(ModuleDatabase.Options<PermissionsDbContext>(dataSource, PermissionsDbContext.Schema)))
            {
                await db.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync(BeforeTheAuditTrail);
            }

            // A rejected-then-reopened story is not one the module wrote; the unknown action shows nothing is dropped.
            await ExecuteAsync($$"""
                INSERT INTO permissions.profiles (code, name_sv, name_en, functions) VALUES ('READER', 'Läsbehörighet', 'Read-only', '{}');
                INSERT INTO permissions.users (id, user_id, name, created_by, created_at) VALUES ('{{UserId}}', 'oldtimer', 'Old Timer', 'sign-in',
                    '2025-02-28T08:00:00Z');
                INSERT INTO permissions.applications (id, user_id, profile_code, organisation_unit_id, organisation_unit_code, motivation, submitted_at,
                    status, decided_by, decided_at, decision_reason)
                VALUES ('{{ApplicationId}}', 'oldtimer', 'READER', gen_random_uuid(), 'DV', 'For the archive', '2025-03-01T09:00:00Z',
                    'Approved', 'prefdv', '2025-03-02T10:30:00Z', 'Welcome');
                INSERT INTO permissions.audit_entries (id, subject_id, action, actor, at, reason) VALUES
                    ('019ad000-0000-7000-8000-000000000010', '{{UserId}}', 'user created', 'oldtimer', '2025-02-28T08:00:00Z', 'first sign-in'),
                    ('019ad000-0000-7000-8000-000000000011', '{{ApplicationId}}', 'applied', 'oldtimer', '2025-03-01T09:00:00Z', 'For the archive'),
                    ('019ad000-0000-7000-8000-000000000012', '{{ApplicationId}}', 'approved', 'prefdv', '2025-03-02T10:30:00Z', 'Welcome'),
                    ('019ad000-0000-7000-8000-000000000013', '{{GrantId}}', 'granted', 'prefdv', '2025-03-02T10:30:00Z', 'application {{ApplicationId}}'),
                    ('019ad000-0000-7000-8000-000000000014', '{{GrantId}}', 'ended', 'oldtimer', '2025-04-01T12:00:00Z', 'Leaving'),
                    ('019ad000-0000-7000-8000-000000000015', '{{ApplicationId}}', 'reopened', 'ladokadm', '2025-05-01T08:00:00Z', 'Asked again by phone');
                """);
        }
    }
}
