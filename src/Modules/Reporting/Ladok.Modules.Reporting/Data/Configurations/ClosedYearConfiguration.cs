using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Reporting.Data.Configurations;

internal sealed class ClosedYearConfiguration : IEntityTypeConfiguration<ClosedYear>
{
    public void Configure(EntityTypeBuilder<ClosedYear> builder)
    {
        builder.ToTable("closed_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.ClosedBy).HasMaxLength(100);
    }
}
