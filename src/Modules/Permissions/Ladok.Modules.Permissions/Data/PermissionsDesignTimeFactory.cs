using Ladok.Kernel.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Ladok.Modules.Permissions.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database.</summary>
public sealed class PermissionsDesignTimeFactory : IDesignTimeDbContextFactory<PermissionsDbContext>
{
    public PermissionsDbContext CreateDbContext(string[] args) => new(ModuleDatabase.DesignTimeOptions<PermissionsDbContext>(PermissionsDbContext.Schema));
}
