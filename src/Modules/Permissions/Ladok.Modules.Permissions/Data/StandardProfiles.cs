using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Data;

/// <summary>
/// Keeps the standard profiles in the database equal to <see cref="PermissionProfile.Standard"/>:
/// when a module adds a policy, its function reaches the profiles at the next start, with no
/// migration to write.
/// </summary>
public static class StandardProfiles
{
    public static async Task SyncAsync(PermissionsDbContext db, CancellationToken cancellationToken)
    {
        foreach (var profile in PermissionProfile.Standard)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO permissions.profiles (code, name_sv, name_en, functions)
                VALUES ({profile.Code}, {profile.NameSv}, {profile.NameEn}, {profile.Functions.ToArray()})
                ON CONFLICT (code) DO UPDATE SET name_sv = excluded.name_sv, name_en = excluded.name_en, functions = excluded.functions
                """, cancellationToken);
        }
    }
}
