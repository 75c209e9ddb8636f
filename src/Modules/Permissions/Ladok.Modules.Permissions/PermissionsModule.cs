using Autofac;
using Ladok.Kernel.Data;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Modules;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
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
        builder.RegisterType<ApplyForPermissionHandler>().AsSelf().SingleInstance();
        builder.RegisterType<DecidePermissionApplicationHandler>().AsSelf().SingleInstance();
        builder.RegisterType<EndPermissionHandler>().AsSelf().SingleInstance();
        builder.RegisterType<GrantCourseRightHandler>().AsSelf().SingleInstance();
        builder.RegisterType<RevokeCourseRightHandler>().AsSelf().SingleInstance();
        builder.RegisterType<CreateUserHandler>().AsSelf().SingleInstance();
        builder.RegisterType<PermissionsDemoSeeder>().As<IDemoDataSeeder>().SingleInstance();
        builder.RegisterType<PermissionsSchemaContributor>().As<ISchemaContributor>().SingleInstance();

        void Node<T>(string typeName, Func<PermissionsDbContext, Guid, CancellationToken, Task<T?>> find) where T : class =>
            builder.Register(c =>
                {
                    var databases = c.Resolve<IDbContextFactory<PermissionsDbContext>>();
                    return new PermissionsNodeResolver(typeName, Policies.SignedIn, async (id, ct) =>
                    {
                        await using var db = await databases.CreateDbContextAsync(ct);
                        return await find(db, id, ct);
                    });
                })
                .As<INodeResolver>()
                .SingleInstance();

        Node("Grant", (db, id, ct) => db.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct));
        Node("PermissionApplication", (db, id, ct) => db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct));
        Node("CourseRight", (db, id, ct) => db.CourseRights.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct));
    }

    private sealed class PermissionsNodeResolver(string typeName, string policy, Func<Guid, CancellationToken, Task<object?>> resolve) : INodeResolver
    {
        public string TypeName => typeName;

        public string Policy => policy;

        public Task<object?> ResolveAsync(Guid id, CancellationToken cancellationToken) => resolve(id, cancellationToken);
    }
}
