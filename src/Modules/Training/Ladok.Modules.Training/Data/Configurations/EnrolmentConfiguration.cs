using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Training.Data.Configurations;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("enrolments");
        // One seat per person per session, even if two requests of the same person race.
        builder.HasIndex(e => new { e.SessionId, e.UserId }).IsUnique();
        builder.HasIndex(e => e.UserId);
        builder.Property(e => e.UserId).HasMaxLength(TrainingRules.MaxUserIdLength);
    }
}
