using Ladok.Kernel.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Ladok.Modules.Catalogue.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database.</summary>
public sealed class CatalogueDesignTimeFactory : IDesignTimeDbContextFactory<CatalogueDbContext>
{
    public CatalogueDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeOptions<CatalogueDbContext>(CatalogueDbContext.Schema));
}
