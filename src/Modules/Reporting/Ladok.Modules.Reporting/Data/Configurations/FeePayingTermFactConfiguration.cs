using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Reporting.Data.Configurations;

internal sealed class FeePayingTermFactConfiguration : IEntityTypeConfiguration<FeePayingTermFact>
{
    public void Configure(EntityTypeBuilder<FeePayingTermFact> builder)
    {
        builder.ToTable("fee_paying_terms");
        builder.HasKey(f => new { f.StudentId, f.Term });
        builder.Property(f => f.Term).HasMaxLength(20);
    }
}
