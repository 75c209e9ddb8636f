using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Training.Data.Configurations;

internal sealed class TrainingCompletionConfiguration : IEntityTypeConfiguration<TrainingCompletion>
{
    public void Configure(EntityTypeBuilder<TrainingCompletion> builder)
    {
        builder.ToTable("completions", t => t.HasCheckConstraint("ck_completions_expiry", "expires_on IS NULL OR expires_on > completed_on"));
        // Recording the same completion twice finds this row instead of adding another.
        builder.HasIndex(c => new { c.TrainingId, c.UserId, c.CompletedOn }).IsUnique();
        builder.HasIndex(c => c.UserId);
        builder.Property(c => c.UserId).HasMaxLength(TrainingRules.MaxUserIdLength);
        builder.Property(c => c.RecordedBy).HasMaxLength(TrainingRules.MaxUserIdLength);
        builder.HasOne<Domain.Training>().WithMany().HasForeignKey(c => c.TrainingId).OnDelete(DeleteBehavior.Restrict);
    }
}
