using Ladok.Kernel.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Ladok.Modules.Notifications.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database.</summary>
public sealed class NotificationsDesignTimeFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeOptions<NotificationsDbContext>(NotificationsDbContext.Schema));
}
