using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Reporting.Data.Configurations;

internal sealed class FrozenFiguresConfiguration : IEntityTypeConfiguration<FrozenFigures>
{
    public void Configure(EntityTypeBuilder<FrozenFigures> builder)
    {
        builder.ToTable("frozen_figures");
        builder.HasKey(f => new { f.Year, f.DepartmentId, f.CourseCode });
        builder.Property(f => f.CourseCode).HasMaxLength(20);
        builder.HasOne<ClosedYear>().WithMany().HasForeignKey(f => f.Year);
    }
}
