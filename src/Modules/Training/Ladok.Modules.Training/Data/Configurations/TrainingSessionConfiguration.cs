using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Training.Data.Configurations;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    /// <summary>The table the enrolment handler locks by name (<c>SELECT … FOR UPDATE</c>).</summary>
    public const string Table = "sessions";

    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable(Table, t =>
        {
            t.HasCheckConstraint("ck_sessions_capacity", "capacity > 0");
            t.HasCheckConstraint("ck_sessions_times", "ends_at > starts_at");
        });
        builder.Property(s => s.RowVersion).IsRowVersion();
        builder.HasOne<Domain.Training>().WithMany().HasForeignKey(s => s.TrainingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Enrolments).WithOne().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TrainingId, s.StartsAt });
    }
}
