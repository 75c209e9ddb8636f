using Ladok.Kernel.Auditing;
using Ladok.Kernel.Events;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ladok.Modules.Records.Data;

/// <summary>
/// The Records module's tables, all in the <c>records</c> schema. No other module reads them.
/// Every save is audited (who, when, old and new values) and may carry integration events in the
/// same transaction, through the outbox.
/// </summary>
public sealed class RecordsDbContext(DbContextOptions<RecordsDbContext> options) : AuditedDbContext(options)
{
    public const string Schema = "records";

    public DbSet<Student> Students => Set<Student>();

    public DbSet<FormerIdentityNumber> FormerIdentityNumbers => Set<FormerIdentityNumber>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<Result> Results => Set<Result>();

    public DbSet<StudyBreak> StudyBreaks => Set<StudyBreak>();

    public DbSet<ProgrammeRegistration> ProgrammeRegistrations => Set<ProgrammeRegistration>();

    public DbSet<ProgrammeStudyBreak> ProgrammeStudyBreaks => Set<ProgrammeStudyBreak>();

    public DbSet<ResultBatch> ResultBatches => Set<ResultBatch>();

    public DbSet<FeePayingTerm> FeePayingTerms => Set<FeePayingTerm>();

    public DbSet<Suspension> Suspensions => Set<Suspension>();

    public DbSet<ExamSitting> ExamSittings => Set<ExamSitting>();

    public DbSet<ExamSittingSignUp> ExamSittingSignUps => Set<ExamSittingSignUp>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RecordsDbContext).Assembly);
        modelBuilder.AddAuditTrail();
        modelBuilder.AddOutbox();

        // Ids are made by the domain (Guid v7), never by the database: a registration added to a
        // loaded student must be inserted, not taken for an existing row.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IMutableKey>())
        {
            foreach (var property in key.Properties) property.ValueGenerated = ValueGenerated.Never;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<string>().HaveMaxLength(RecordsRules.MaxNameLength);
    }
}
