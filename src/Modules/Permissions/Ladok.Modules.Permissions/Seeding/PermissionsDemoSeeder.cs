using Ladok.Kernel.Modules;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Seeding;

/// <summary>Seeds the plugin's demo staff with their grants and course rights, after the Catalogue (whose units and courses they refer to).</summary>
public sealed class PermissionsDemoSeeder(
    IDbContextFactory<PermissionsDbContext> databases, ICatalogueQueries catalogue, IUniversityProfile university, TimeProvider clock)
    : IDemoDataSeeder
{
    public int Order => 20;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (university.DemoData is not { Users.Count: > 0 } demo) return false;

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ActAs("seed", clock);
        if (await db.Grants.AnyAsync(cancellationToken) || await db.CourseRights.AnyAsync(cancellationToken)) return false;

        var now = clock.GetUtcNow();
        var known = await db.Users.Select(u => u.UserId).ToHashSetAsync(cancellationToken);
        foreach (var user in demo.Users)
        {
            if (known.Add(user.UserId)) db.Users.Add(new User(user.UserId, user.Name, "seed", now));

            foreach (var grant in user.Grants)
            {
                var unit = await catalogue.GetOrganisationUnitAsync(grant.OrganisationUnitCode, cancellationToken)
                    ?? throw new InvalidOperationException(
                        $"The demo data of {university.Code} grants {user.UserId} a permission at unknown unit '{grant.OrganisationUnitCode}'.");
                db.Grants.Add(new Grant(user.UserId, grant.ProfileCode, unit.Id, unit.Code, DateOnly.FromDateTime(now.UtcDateTime), "seed", now, null));
            }

            foreach (var right in user.CourseRights)
            {
                var course = await catalogue.GetCourseAsync(right.CourseCode, cancellationToken)
                    ?? throw new InvalidOperationException(
                        $"The demo data of {university.Code} gives {user.UserId} a right on unknown course '{right.CourseCode}'.");
                db.CourseRights.Add(
                    new CourseRight(user.UserId, Enum.Parse<CourseRightKind>(right.Kind, ignoreCase: true), course.Id, course.Code, "seed", now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
