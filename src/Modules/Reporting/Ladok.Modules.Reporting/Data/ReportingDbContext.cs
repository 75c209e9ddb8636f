using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Data;

/// <summary>
/// The read model, in the <c>reporting</c> schema: facts the Records module's integration events
/// (or a rebuild from its facade) put here. Derived data, so not audited; nothing else writes it.
/// Beside it, the issued transcripts, whose rows are their own record of who issued what, and the closed years' frozen figures.
/// </summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public const string Schema = "reporting";

    public DbSet<RegistrationFact> Registrations => Set<RegistrationFact>();

    public DbSet<ResultFact> Results => Set<ResultFact>();

    public DbSet<CourseAreaFact> CourseAreas => Set<CourseAreaFact>();

    public DbSet<FeePayingTermFact> FeePayingTerms => Set<FeePayingTermFact>();

    public DbSet<ExportRecord> Exports => Set<ExportRecord>();

    /// <summary>Closed years and their frozen figures: not derived from the events, never rebuilt or truncated.</summary>
    public DbSet<ClosedYear> ClosedYears => Set<ClosedYear>();

    public DbSet<FrozenFigures> FrozenFigures => Set<FrozenFigures>();

    public DbSet<FrozenAreaFigures> FrozenAreaFigures => Set<FrozenAreaFigures>();

    /// <summary>Issued transcripts (resultatintyg): not derived, never rebuilt or truncated.</summary>
    public DbSet<IssuedTranscript> IssuedTranscripts => Set<IssuedTranscript>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
    }
}
