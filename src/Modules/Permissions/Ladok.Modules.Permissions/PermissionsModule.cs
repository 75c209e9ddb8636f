using System.Security.Claims;
using Autofac;
using Ladok.Kernel.Auditing;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Modules;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Ladok.Modules.Permissions.GraphQL;
using Ladok.Modules.Permissions.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions;

/// <summary>
/// Behörigheter: users, permission profiles, grants per organisation unit, applications and
/// course rights, and the policy evaluator every module's fields are checked with.
/// </summary>
public sealed class PermissionsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterModuleDatabase<PermissionsDbContext>(PermissionsDbContext.Schema, StandardProfiles.SyncAsync);

        builder.RegisterType<CallerRights>().AsSelf().SingleInstance();
        // Registered after the Kernel's signed-in evaluator, so this one is the one resolved.
        builder.RegisterType<GrantPolicyEvaluator>().As<IAuthorizationPolicyEvaluator>().AsSelf().SingleInstance();
        builder.RegisterType<PermissionQueries>().As<IPermissionQueries>().SingleInstance();
        builder.RegisterType<PermissionsReader>().AsSelf().SingleInstance();
        builder.RegisterType<PermissionsAuditTrail>().As<IAuditTrailSource>().SingleInstance();
        builder.RegisterCommandHandler<ApplyForPermissionHandler>();
        builder.RegisterCommandHandler<DecidePermissionApplicationHandler>();
        builder.RegisterCommandHandler<WithdrawPermissionApplicationHandler>();
        builder.RegisterCommandHandler<EndPermissionHandler>();
        builder.RegisterCommandHandler<GrantCourseRightHandler>();
        builder.RegisterCommandHandler<RevokeCourseRightHandler>();
        builder.RegisterCommandHandler<CreateUserHandler>();
        builder.RegisterType<PermissionsDemoSeeder>().As<IDemoDataSeeder>().SingleInstance();
        builder.RegisterType<PermissionsSchemaContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<RequiredTrainings>().AsSelf().SingleInstance();
        builder.RegisterType<OfferingExaminersExtension>().As<INodeTypeExtension>().SingleInstance();
        builder.RegisterType<UnitGrantsExtension>().As<INodeTypeExtension>().SingleInstance();
        RegisterLinks(builder);
        builder.RegisterType<ApplicationsWorkQueueCounter>().As<IWorkQueueCounter>().SingleInstance();

        // Another user's grant, application or course right is visible to its holder and to those
        // who may act on it where it lives: the unit's deciders, the course department's administrators.
        void Node<T>(string typeName, Func<PermissionsDbContext, Guid, CancellationToken, Task<T?>> find,
            Func<T, string> holder, Func<T, CancellationToken, ICatalogueQueries, Task<(string Function, Guid UnitId)?>> scope) where T : class =>
            builder.Register(c =>
                {
                    var databases = c.Resolve<IDbContextFactory<PermissionsDbContext>>();
                    var rights = c.Resolve<CallerRights>();
                    var catalogue = c.Resolve<ICatalogueQueries>();
                    return new NodeResolver(typeName, Policies.SignedIn, async (id, principal, ct) =>
                    {
                        await using var db = await databases.CreateDbContextAsync(ct);
                        if (await find(db, id, ct) is not { } found || CallerIdentity.CallerOf(principal) is not { } caller) return null;
                        if (holder(found) == caller.UserId) return found;

                        return await scope(found, ct, catalogue) is { } where
                            && await rights.AllowsAtAsync(await rights.ActiveGrantsAsync(caller.UserId, caller.Name, ct), where.Function, where.UnitId, ct)
                            ? found
                            : null;
                    });
                })
                .As<INodeResolver>()
                .SingleInstance();

        Node("Grant", (db, id, ct) => db.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct),
            g => g.UserId, (g, _, _) => Task.FromResult<(string, Guid)?>((PermissionPolicies.Decide, g.OrganisationUnitId)));
        Node("PermissionApplication", (db, id, ct) => db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct),
            a => a.UserId, (a, _, _) => Task.FromResult<(string, Guid)?>((PermissionPolicies.Decide, a.OrganisationUnitId)));
        Node("CourseRight", (db, id, ct) => db.CourseRights.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct),
            r => r.UserId, async (r, ct, catalogue) =>
                await catalogue.GetCourseAsync(r.CourseCode, ct) is { } course ? (PermissionPolicies.GrantCourseRights, course.DepartmentId) : null);
    }

    // Other modules keep user ids (who reported, who decided) and profile codes; these give them the User and PermissionProfile behind them.
    private static void RegisterLinks(ContainerBuilder builder)
    {
        builder.Register(c =>
            {
                var reader = c.Resolve<PermissionsReader>();
                return new LinkTarget<string>("User", async (userIds, ct) =>
                {
                    var users = await reader.UsersByUserIdsAsync(userIds, ct);
                    // An actor never recorded as a user (a seeder, a system job) still shows, named by its id.
                    return userIds.ToDictionary(id => id, id => (object)(users.GetValueOrDefault(id) ?? new User(id, id, id, DateTimeOffset.MinValue)));
                });
            })
            .As<ILinkTarget<string>>()
            .SingleInstance();
        builder.Register(c =>
            {
                var reader = c.Resolve<PermissionsReader>();
                return new LinkTarget<string>("PermissionProfile", async (codes, ct) =>
                    (await reader.ProfilesByCodesAsync(codes, ct)).ToDictionary(p => p.Key, p => (object)p.Value));
            })
            .As<ILinkTarget<string>>()
            .SingleInstance();
    }
}
