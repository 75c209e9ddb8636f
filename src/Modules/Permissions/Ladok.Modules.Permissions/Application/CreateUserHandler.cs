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
            return DomainError.Validation("A user id is 1 to 64 characters: the university identity, such as the Umu-id.", nameof(command.UserId));
        }
        if (string.IsNullOrWhiteSpace(command.Name)) return DomainError.Validation("A name is required.", nameof(command.Name));

        var exists = DomainError.Conflict($"The user {userId} already exists.", nameof(command.UserId));
        if (await unit.Db.Users.AnyAsync(u => u.UserId == userId, cancellationToken)) return exists;

        var user = new User(userId, command.Name.Trim(), command.By.UserId, clock.GetUtcNow());
        unit.Db.Users.Add(user);
        // A first sign-in at the same moment records the user too; the unique key answers it.
        unit.OnDuplicate(exists);
        return Outcome<User>.Success(user);
    }
}
