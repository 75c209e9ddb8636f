using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Catalogue.Data.Configurations;

internal sealed class GradingScaleConfiguration : IEntityTypeConfiguration<GradingScale>
{
    public void Configure(EntityTypeBuilder<GradingScale> builder)
    {
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(20);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
        builder.HasMany(s => s.Grades).WithOne().HasForeignKey(g => g.GradingScaleId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.Grades).AutoInclude();
        builder.HasData(StandardGradingScales.All.Select(s => new { s.Id, s.Code, s.Name, s.NameEn }));
    }
}

internal sealed class GradeConfiguration : IEntityTypeConfiguration<Grade>
{
    public void Configure(EntityTypeBuilder<Grade> builder)
    {
        builder.ToTable("grades");
        builder.HasIndex(g => new { g.GradingScaleId, g.Code }).IsUnique();
        builder.Property(g => g.Code).HasMaxLength(10);
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.HasData(StandardGradingScales.All.SelectMany(s => s.Grades).Select(g => new { g.Id, g.GradingScaleId, g.Code, g.IsPassing, g.Rank }));
    }
}
