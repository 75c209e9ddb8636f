using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class FeePayingTermConfiguration : IEntityTypeConfiguration<FeePayingTerm>
{
    public void Configure(EntityTypeBuilder<FeePayingTerm> builder)
    {
        builder.ToTable("fee_paying_terms");
        builder.HasIndex(f => new { f.StudentId, f.Term }).IsUnique();
        builder.Property(f => f.Term).HasMaxLength(6);
        builder.Property(f => f.RecordedBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.HasOne<Student>().WithMany().HasForeignKey(f => f.StudentId).OnDelete(DeleteBehavior.Restrict);
    }
}
