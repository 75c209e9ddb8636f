using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Tests;

/// <summary>
/// Runs the module's commands as a mutation does: through the Kernel's <see cref="CommandPipeline"/>,
/// each handler resolved from a container in a scope of its own, saved and committed after a successful outcome.
/// </summary>
internal sealed class PermissionsCommands(
    IDbContextFactory<PermissionsDbContext> databases, CallerRights rights, ICatalogueQueries catalogue,
    ITrainingQueries training, IPermissionPrerequisites prerequisites, TimeProvider clock) : IDisposable
{
    private readonly CommandRunner runner = new(b =>
    {
        b.RegisterModule<PermissionsModule>();
        b.RegisterInstance(databases);
        b.RegisterInstance(rights);
        b.RegisterInstance(catalogue);
        b.RegisterInstance(training);
        b.RegisterInstance(prerequisites);
        b.RegisterInstance(clock);
    });

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

    public void Dispose() => runner.Dispose();

    private Task<Outcome<TResult>> RunAsync<TCommand, TResult>(TCommand command, Caller by) => runner.RunAsync<TCommand, TResult>(command, by);
}
