using Ladok.Kernel.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Ladok.Modules.Reporting.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database.</summary>
public sealed class ReportingDesignTimeFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeOptions<ReportingDbContext>(ReportingDbContext.Schema));
}
