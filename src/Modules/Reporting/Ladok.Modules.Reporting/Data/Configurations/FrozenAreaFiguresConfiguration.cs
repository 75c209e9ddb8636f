using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Reporting.Data.Configurations;

internal sealed class FrozenAreaFiguresConfiguration : IEntityTypeConfiguration<FrozenAreaFigures>
{
    public void Configure(EntityTypeBuilder<FrozenAreaFigures> builder)
    {
        builder.ToTable("frozen_area_figures");
        builder.HasKey(f => new { f.Year, f.DepartmentId, f.CourseCode, f.Area });
        builder.Property(f => f.CourseCode).HasMaxLength(20);
        builder.Property(f => f.Area).HasMaxLength(40);
        builder.HasOne<ClosedYear>().WithMany().HasForeignKey(f => f.Year);
    }
}
