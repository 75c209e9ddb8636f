using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>The applicant takes back a pending application, so the prefekt no longer sees it and a new one may be sent.</summary>
public sealed class WithdrawPermissionApplicationHandler(IUnitOfWork<PermissionsDbContext> unit, TimeProvider clock)
    : ICommandHandler<WithdrawPermissionApplicationCommand, PermissionApplication>
{
    public async Task<Outcome<PermissionApplication>> HandleAsync(WithdrawPermissionApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await unit.Db.Applications.SingleOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken);
        // Someone else's application is as good as none: its existence is not theirs to learn.
        if (application is null || application.UserId != command.By.UserId)
        {
            return DomainError.Of(PermissionReasons.ApplicationNotFound, nameof(command.ApplicationId));
        }

        return application.Withdraw(command.By.UserId, clock.GetUtcNow()) is { } refused
            ? refused
            : Outcome<PermissionApplication>.Success(application);
    }
}
