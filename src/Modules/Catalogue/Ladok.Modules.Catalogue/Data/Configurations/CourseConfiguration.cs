using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Catalogue.Data.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(6);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.FinancingForm).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.SubjectGroup).HasMaxLength(3);
        builder.OwnsMany(c => c.EducationalAreas, areas =>
        {
            areas.ToTable("course_educational_areas");
            areas.WithOwner().HasForeignKey("CourseId");
            areas.Property<Guid>("CourseId");
            areas.HasKey("CourseId", nameof(EducationalAreaShare.Area));
            areas.Property(a => a.Area).HasConversion<string>().HasMaxLength(40);
            areas.Property(a => a.Share).HasPrecision(4, 3);
        });
        builder.Property(c => c.RowVersion).IsRowVersion();
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Versions).WithOne().HasForeignKey(v => v.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.DepartmentId);
    }
}

internal sealed class CourseVersionConfiguration : IEntityTypeConfiguration<CourseVersion>
{
    public void Configure(EntityTypeBuilder<CourseVersion> builder)
    {
        builder.HasIndex(v => new { v.CourseId, v.Number }).IsUnique();
        builder.HasOne<GradingScale>().WithMany().HasForeignKey(v => v.GradingScaleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Modules).WithOne().HasForeignKey(m => m.CourseVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseModuleConfiguration : IEntityTypeConfiguration<CourseModule>
{
    public void Configure(EntityTypeBuilder<CourseModule> builder)
    {
        builder.HasIndex(m => new { m.CourseVersionId, m.Code }).IsUnique();
        builder.Property(m => m.Code).HasMaxLength(6);
        builder.HasOne<GradingScale>().WithMany().HasForeignKey(m => m.GradingScaleId).OnDelete(DeleteBehavior.Restrict);
    }
}
