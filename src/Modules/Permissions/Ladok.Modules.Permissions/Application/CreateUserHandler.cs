using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>An administrator records a user before their first sign-in, so rights can be prepared for them.</summary>
public sealed class CreateUserHandler(IUnitOfWork<PermissionsDbContext> unit, TimeProvider clock) : ICommandHandler<CreateUserCommand, User>
{
    public async Task<Outcome<User>> HandleAsync(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var userId = command.UserId.Trim();
        if (userId.Length is 0 or > 64)
        {
            return DomainError.Of(PermissionReasons.InvalidUserId, nameof(command.UserId));
        }
        if (string.IsNullOrWhiteSpace(command.Name)) return DomainError.Of(KernelReasons.Required, nameof(command.Name), PermissionReasons.Name);

        var exists = DomainError.Of(PermissionReasons.UserExists, nameof(command.UserId), userId);
        if (await unit.Db.Users.AnyAsync(u => u.UserId == userId, cancellationToken)) return exists;

        var user = new User(userId, command.Name.Trim(), command.By.UserId, clock.GetUtcNow());
        unit.Db.Users.Add(user);
        // A first sign-in at the same moment records the user too; the unique key answers it.
        unit.OnDuplicate(exists);
        return Outcome<User>.Success(user);
    }
}
