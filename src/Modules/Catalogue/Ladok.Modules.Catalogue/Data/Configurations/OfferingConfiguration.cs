using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Catalogue.Data.Configurations;

internal sealed class OfferingConfiguration : IEntityTypeConfiguration<Offering>
{
    public void Configure(EntityTypeBuilder<Offering> builder)
    {
        builder.HasIndex(o => new { o.CourseVersionId, o.Term, o.Code }).IsUnique();
        builder.Property(o => o.Code).HasMaxLength(5);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.StudyForm).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Place).HasMaxLength(CatalogueRules.MaxPlaceLength);
        builder.Property(o => o.RowVersion).IsRowVersion();
        builder.HasOne<CourseVersion>().WithMany().HasForeignKey(o => o.CourseVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_offerings_dates", "end_date > start_date"));
        builder.ToTable(t => t.HasCheckConstraint("ck_offerings_pace", "pace_percent BETWEEN 1 AND 100"));
    }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(10);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
