using Ladok.Kernel.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Ladok.Modules.Admissions.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database.</summary>
public sealed class AdmissionsDesignTimeFactory : IDesignTimeDbContextFactory<AdmissionsDbContext>
{
    public AdmissionsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeOptions<AdmissionsDbContext>(AdmissionsDbContext.Schema));
}
