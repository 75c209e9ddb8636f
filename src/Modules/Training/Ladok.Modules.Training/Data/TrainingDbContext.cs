using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ladok.Modules.Training.Data;

/// <summary>The Training module's tables, all in the <c>training</c> schema. No other module reads them.</summary>
public sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : DbContext(options)
{
    public const string Schema = "training";

    public DbSet<Domain.Training> Trainings => Set<Domain.Training>();

    public DbSet<TrainingSession> Sessions => Set<TrainingSession>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<TrainingCompletion> Completions => Set<TrainingCompletion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);

        // Ids are made by the domain (Guid v7), never by the database: an enrolment added to a
        // loaded session must be inserted, not taken for an existing row.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IMutableKey>())
        {
            foreach (var property in key.Properties) property.ValueGenerated = ValueGenerated.Never;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<string>().HaveMaxLength(TrainingRules.MaxNameLength);
    }
}
