using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Data;

/// <summary>The Catalogue's tables, all in the <c>catalogue</c> schema. No other module reads them.</summary>
public sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    public const string Schema = "catalogue";

    public DbSet<OrganisationUnit> OrganisationUnits => Set<OrganisationUnit>();

    public DbSet<GradingScale> GradingScales => Set<GradingScale>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<CourseVersion> CourseVersions => Set<CourseVersion>();

    public DbSet<CourseModule> CourseModules => Set<CourseModule>();

    public DbSet<Offering> Offerings => Set<Offering>();

    public DbSet<Programme> Programmes => Set<Programme>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogueDbContext).Assembly);
        modelBuilder.AddOutbox();

        // Ids are made by the domain (Guid v7), never by the database: a new version added to a
        // course must be inserted, not taken for an existing row.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            foreach (var property in key.Properties) property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Kernel.Periods.Term>().HaveConversion<TermConverter>().HaveMaxLength(6);
        configurationBuilder.Properties<decimal>().HavePrecision(5, 1);
        configurationBuilder.Properties<string>().HaveMaxLength(CatalogueRules.MaxNameLength);
    }
}
