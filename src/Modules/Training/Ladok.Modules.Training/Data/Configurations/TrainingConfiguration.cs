using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Training.Data.Configurations;

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Domain.Training>
{
    public void Configure(EntityTypeBuilder<Domain.Training> builder)
    {
        builder.ToTable("trainings", t => t.HasCheckConstraint("ck_trainings_valid_for_months", "valid_for_months IS NULL OR valid_for_months > 0"));
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Code).HasMaxLength(TrainingRules.MaxCodeLength);
        builder.Property(t => t.ProfileCode).HasMaxLength(TrainingRules.MaxCodeLength);
    }
}
