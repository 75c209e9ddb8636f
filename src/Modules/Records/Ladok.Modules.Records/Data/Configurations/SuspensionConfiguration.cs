using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class SuspensionConfiguration : IEntityTypeConfiguration<Suspension>
{
    public void Configure(EntityTypeBuilder<Suspension> builder)
    {
        builder.HasIndex(s => new { s.StudentId, s.From });
        builder.Property(s => s.RecordedBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.HasOne<Student>().WithMany().HasForeignKey(s => s.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_suspensions_period", "\"to\" >= \"from\""));
    }
}
