using System.Globalization;
using Ladok.Kernel.Auditing;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ladok.Modules.Permissions.Application;

/// <summary>An active grant as authorization sees it: the unit it applies at (and below) and what it allows.</summary>
public sealed record ActiveGrant(string ProfileCode, Guid OrganisationUnitId, IReadOnlyList<string> Functions);

/// <summary>
/// Reads a user's active grants, in one round trip that also records the user, with the audit
/// entry <see cref="AuditedDbContext"/> would write for it, on their first sign-in (writable CTEs),
/// since every authorized request asks this first.
/// </summary>
public sealed class CallerRights(IDbContextFactory<PermissionsDbContext> databases, ICatalogueQueries catalogue, TimeProvider clock)
{
    private const string Grants = """
        SELECT g.profile_code, g.organisation_unit_id, p.functions
        FROM permissions.grants g
        JOIN permissions.profiles p ON p.code = g.profile_code
        WHERE g.user_id = @user AND g.ended_at IS NULL AND g.valid_from <= @today AND (g.valid_to IS NULL OR g.valid_to >= @today)
        """;

    private const string FirstSignIn = """
        WITH first_sign_in AS (
            INSERT INTO permissions.users (id, user_id, name, created_by, created_at)
            VALUES (@id, @user, @name, 'sign-in', @now)
            ON CONFLICT (user_id) DO NOTHING
            RETURNING id),
        audited AS (
            INSERT INTO permissions.audit_entries (id, subject_type, subject_id, subject_key, action, changed_by, changed_at, changes)
            SELECT @audit_id, 'User', id, id::text, 'Created', @user, @now, jsonb_build_array(
                jsonb_build_object('field', 'Id', 'old', NULL, 'new', id::text),
                jsonb_build_object('field', 'CreatedAt', 'old', NULL, 'new', @now_text),
                jsonb_build_object('field', 'CreatedBy', 'old', NULL, 'new', 'sign-in'),
                jsonb_build_object('field', 'Name', 'old', NULL, 'new', @name),
                jsonb_build_object('field', 'UserId', 'old', NULL, 'new', @user))
            FROM first_sign_in)
        """ + Grants;

    /// <summary>The signed-in caller's active grants; records them as a user on their first sign-in.</summary>
    public Task<IReadOnlyList<ActiveGrant>> ActiveGrantsAsync(string userId, string name, CancellationToken cancellationToken) =>
        ReadAsync(FirstSignIn, userId, name, cancellationToken);

    /// <summary>Another user's active grants, read only.</summary>
    public Task<IReadOnlyList<ActiveGrant>> ActiveGrantsOfAsync(string userId, CancellationToken cancellationToken) =>
        ReadAsync(Grants, userId, userId, cancellationToken);

    private async Task<IReadOnlyList<ActiveGrant>> ReadAsync(string sql, string userId, string name, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        var now = clock.GetUtcNow();
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        command.Parameters.AddWithValue("audit_id", Guid.CreateVersion7(now));
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("now_text", now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("today", DateOnly.FromDateTime(now.UtcDateTime));

        var grants = new List<ActiveGrant>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            grants.Add(new ActiveGrant(reader.GetString(0), reader.GetGuid(1), reader.GetFieldValue<string[]>(2)));
        }
        return grants;
    }

    /// <summary>Whether one of the grants allows <paramref name="function"/> at the unit: granted there or at a unit above it.</summary>
    public async Task<bool> AllowsAtAsync(IReadOnlyList<ActiveGrant> grants, string function, Guid organisationUnitId, CancellationToken cancellationToken)
    {
        var holding = grants.Where(g => g.Functions.Contains(function)).Select(g => g.OrganisationUnitId).ToHashSet();
        if (holding.Count == 0) return false;
        if (holding.Contains(organisationUnitId)) return true;

        var unit = await catalogue.GetOrganisationUnitAsync(organisationUnitId, cancellationToken);
        return unit is not null && unit.Ancestors.Any(holding.Contains);
    }
}
