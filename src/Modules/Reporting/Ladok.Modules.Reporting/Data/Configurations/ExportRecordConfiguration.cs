using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Reporting.Data.Configurations;

internal sealed class ExportRecordConfiguration : IEntityTypeConfiguration<ExportRecord>
{
    public void Configure(EntityTypeBuilder<ExportRecord> builder)
    {
        builder.ToTable("exports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Report).HasMaxLength(100);
        builder.Property(e => e.Period).HasMaxLength(20);
        builder.Property(e => e.Format).HasMaxLength(20);
        builder.Property(e => e.ExportedBy).HasMaxLength(100);
        builder.HasIndex(e => e.ExportedAt);
    }
}
