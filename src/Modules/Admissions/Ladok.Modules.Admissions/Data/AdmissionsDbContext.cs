using Ladok.Kernel.Auditing;
using Ladok.Modules.Admissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ladok.Modules.Admissions.Data;

/// <summary>
/// The Admissions module's tables, in the <c>admissions</c> schema. Every save is audited, as Records' are: an admission is a
/// decision about a person.
/// </summary>
public sealed class AdmissionsDbContext(DbContextOptions<AdmissionsDbContext> options) : AuditedDbContext(options)
{
    public const string Schema = "admissions";

    public DbSet<Admission> Admissions => Set<Admission>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AdmissionsDbContext).Assembly);
        modelBuilder.AddAuditTrail();

        // Ids are made by the domain (Guid v7), never by the database.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IMutableKey>())
        {
            foreach (var property in key.Properties) property.ValueGenerated = ValueGenerated.Never;
        }
    }
}
