using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Permissions.Data.Configurations;

internal sealed class CourseRightConfiguration : IEntityTypeConfiguration<CourseRight>
{
    public void Configure(EntityTypeBuilder<CourseRight> builder)
    {
        builder.HasIndex(r => new { r.UserId, r.CourseId, r.Kind }).IsUnique().HasFilter("revoked_at IS NULL").HasDatabaseName("ux_course_rights_active");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).HasPrincipalKey(u => u.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
