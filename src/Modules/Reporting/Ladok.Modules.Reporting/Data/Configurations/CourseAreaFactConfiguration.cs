using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Reporting.Data.Configurations;

internal sealed class CourseAreaFactConfiguration : IEntityTypeConfiguration<CourseAreaFact>
{
    public void Configure(EntityTypeBuilder<CourseAreaFact> builder)
    {
        builder.ToTable("course_areas");
        builder.HasKey(a => new { a.CourseId, a.Area });
        builder.Property(a => a.Area).HasMaxLength(40);
        builder.Property(a => a.Share).HasPrecision(4, 3);
    }
}
