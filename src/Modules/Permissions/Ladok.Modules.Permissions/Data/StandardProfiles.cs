using Autofac;
using Ladok.Modules.Permissions.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Data;

/// <summary>
/// Keeps the profiles in the database equal to <see cref="PermissionProfile.Standard"/> and the
/// ones the university's plugins add: when a module adds a policy, its function reaches the
/// profiles at the next start, with no migration to write. Profiles are never deleted, since
/// grants refer to them.
/// </summary>
public static class StandardProfiles
{
    public static Task SyncAsync(IComponentContext container, PermissionsDbContext db, CancellationToken cancellationToken) =>
        SyncAsync(db, container.Resolve<IReadOnlyList<PermissionProfileDefinition>>(), cancellationToken);

    public static async Task SyncAsync(PermissionsDbContext db, IReadOnlyList<PermissionProfileDefinition> fromPlugins, CancellationToken cancellationToken)
    {
        var standard = PermissionProfile.Standard.Select(p => p.Code).ToHashSet();
        if (fromPlugins.FirstOrDefault(p => standard.Contains(p.Code)) is { } clash)
        {
            throw new Ladok.Kernel.Modules.ReferenceDataException(
                $"A plugin adds the permission profile {clash.Code}, which is a standard profile; give it a code of its own.");
        }

        var all = PermissionProfile.Standard.Concat(fromPlugins.Select(p => new PermissionProfile(p.Code, p.NameSv, p.NameEn, p.Functions)));
        foreach (var profile in all)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO permissions.profiles (code, name_sv, name_en, functions)
                VALUES ({profile.Code}, {profile.NameSv}, {profile.NameEn}, {profile.Functions.ToArray()})
                ON CONFLICT (code) DO UPDATE SET name_sv = excluded.name_sv, name_en = excluded.name_en, functions = excluded.functions
                """, cancellationToken);
        }
    }
}
