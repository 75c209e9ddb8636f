using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>An administrator records a user before their first sign-in, so rights can be prepared for them.</summary>
public sealed class CreateUserHandler(IDbContextFactory<PermissionsDbContext> databases, TimeProvider clock)
{
    public async Task<Outcome<User>> HandleAsync(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var userId = command.UserId.Trim();
        if (userId.Length is 0 or > 64) return DomainError.Validation("A user id is 1 to 64 characters: the university identity, such as the Umu-id.", "input", "userId");
        if (string.IsNullOrWhiteSpace(command.Name)) return DomainError.Validation("A name is required.", "input", "name");

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ActAs(command.By.UserId, clock);
        if (await db.Users.AnyAsync(u => u.UserId == userId, cancellationToken)) return DomainError.Conflict($"The user {userId} already exists.", "input", "userId");

        var user = new User(userId, command.Name.Trim(), command.By.UserId, clock.GetUtcNow());
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<User>.Success(user);
    }
}
