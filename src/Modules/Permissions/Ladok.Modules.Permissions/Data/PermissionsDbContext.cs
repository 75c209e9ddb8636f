using Ladok.Kernel.Auditing;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ladok.Modules.Permissions.Data;

/// <summary>
/// The Permissions module's tables, all in the <c>permissions</c> schema. Every save is audited
/// (who, when, old and new values); the <c>history</c> of a grant, application or course right is
/// read from that trail (<see cref="Application.PermissionHistory"/>).
/// </summary>
public sealed class PermissionsDbContext(DbContextOptions<PermissionsDbContext> options) : AuditedDbContext(options)
{
    public const string Schema = "permissions";

    public DbSet<User> Users => Set<User>();

    public DbSet<PermissionProfile> Profiles => Set<PermissionProfile>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<PermissionApplication> Applications => Set<PermissionApplication>();

    public DbSet<CourseRight> CourseRights => Set<CourseRight>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PermissionsDbContext).Assembly);
        modelBuilder.AddAuditTrail();

        // Ids are made by the domain, never by the database.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IMutableKey>())
        {
            foreach (var property in key.Properties) property.ValueGenerated = ValueGenerated.Never;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<string>().HaveMaxLength(500);
}
