using Autofac;
using Ladok.Kernel;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Tests;

/// <summary>
/// Runs the module's commands as a mutation does: through the Kernel's <see cref="CommandPipeline"/>,
/// each handler resolved from a container in a scope of its own, saved and committed after a successful outcome.
/// </summary>
internal sealed class PermissionsCommands : IDisposable
{
    private readonly IContainer container;

    public PermissionsCommands(IDbContextFactory<PermissionsDbContext> databases, CallerRights rights, ICatalogueQueries catalogue,
        ITrainingQueries training, IPermissionPrerequisites prerequisites, TimeProvider clock)
    {
        var builder = new ContainerBuilder();
        builder.RegisterModule<KernelModule>();
        builder.RegisterInstance(databases);
        builder.RegisterInstance(rights);
        builder.RegisterInstance(catalogue);
        builder.RegisterInstance(training);
        builder.RegisterInstance(prerequisites);
        builder.RegisterInstance(clock);
        // Every handler the module has, as PermissionsModule registers them.
        builder.RegisterAssemblyTypes(typeof(PermissionsModule).Assembly)
            .AsClosedTypesOf(typeof(ICommandHandler<,>))
            .InstancePerLifetimeScope();
        container = builder.Build();
    }

    public Task<Outcome<PermissionApplication>> ApplyAsync(ApplyForPermissionCommand command) =>
        RunAsync<ApplyForPermissionCommand, PermissionApplication>(command, command.By);

    public Task<Outcome<PermissionDecision>> DecideAsync(DecidePermissionApplicationCommand command) =>
        RunAsync<DecidePermissionApplicationCommand, PermissionDecision>(command, command.By);

    public Task<Outcome<Grant>> EndAsync(EndPermissionCommand command) => RunAsync<EndPermissionCommand, Grant>(command, command.By);

    public Task<Outcome<CourseRight>> GrantCourseRightAsync(GrantCourseRightCommand command) =>
        RunAsync<GrantCourseRightCommand, CourseRight>(command, command.By);

    public Task<Outcome<CourseRight>> RevokeCourseRightAsync(RevokeCourseRightCommand command) =>
        RunAsync<RevokeCourseRightCommand, CourseRight>(command, command.By);

    public Task<Outcome<User>> CreateUserAsync(CreateUserCommand command) => RunAsync<CreateUserCommand, User>(command, command.By);

    public void Dispose() => container.Dispose();

    private Task<Outcome<TResult>> RunAsync<TCommand, TResult>(TCommand command, Caller by) =>
        container.Resolve<CommandPipeline>().RunAsync<TCommand, TResult>(command, by, CancellationToken.None);
}
