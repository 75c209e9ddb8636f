using Autofac;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Kernel.Data;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.GraphQL;

namespace Ladok.Modules.Records;

/// <summary>
/// Studiedokumentation: students and their registrations on course offerings. Results, breaks
/// and dropouts come in later slices.
/// </summary>
public sealed class RecordsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterModuleDatabase<RecordsDbContext>(RecordsDbContext.Schema);

        builder.RegisterType<RecordsReader>().AsSelf().SingleInstance();
        builder.RegisterType<RecordsFacade>().As<IRecordsQueries>().SingleInstance();
        builder.RegisterType<CreateStudentHandler>().AsSelf().SingleInstance();
        builder.RegisterType<RegisterStudentHandler>().AsSelf().SingleInstance();
        builder.RegisterType<RecordsReadScope>().AsSelf().InstancePerLifetimeScope();

        builder.RegisterType<RecordsQueryContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<RecordsMutationContributor>().As<ISchemaContributor>().SingleInstance();
        RegisterNodes(builder);
    }

    private static void RegisterNodes(ContainerBuilder builder)
    {
        void Node(string typeName, Func<RecordsReader, IPermissionQueries, Guid, System.Security.Claims.ClaimsPrincipal, CancellationToken, Task<object?>> resolve) =>
            builder.Register(c =>
                {
                    var reader = c.Resolve<RecordsReader>();
                    var permissions = c.Resolve<IPermissionQueries>();
                    return new NodeResolver(typeName, RecordsPolicies.Read, (id, caller, ct) => resolve(reader, permissions, id, caller, ct));
                })
                .As<INodeResolver>()
                .SingleInstance();

        Node("Student", async (r, _, id, _, ct) => (await r.StudentsByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("Registration", async (r, permissions, id, caller, ct) =>
            (await r.RegistrationsByIdsAsync([id], ct)).GetValueOrDefault(id) is { } registration
            && await new RecordsReadScope(permissions).MayReadAsync(registration.DepartmentId, caller, ct)
                ? registration
                : null);
    }
}
