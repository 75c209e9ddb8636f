using Ladok.Kernel.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Ladok.Modules.Records.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database.</summary>
public sealed class RecordsDesignTimeFactory : IDesignTimeDbContextFactory<RecordsDbContext>
{
    public RecordsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeOptions<RecordsDbContext>(RecordsDbContext.Schema));
}
