using Ladok.Modules.Admissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Admissions.Data.Configurations;

internal sealed class AdmissionConfiguration : IEntityTypeConfiguration<Admission>
{
    public void Configure(EntityTypeBuilder<Admission> builder)
    {
        builder.HasIndex(a => new { a.StudentId, a.OfferingId }).IsUnique();
        builder.HasIndex(a => a.OfferingId);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.RecordedBy).HasMaxLength(100);
        builder.Property(a => a.RowVersion).IsRowVersion();
        builder.ToTable(t => t.HasCheckConstraint("ck_admissions_reserve_place",
            "(status = 'Reserve' AND reserve_place >= 1) OR (status <> 'Reserve' AND reserve_place IS NULL)"));
    }
}
