using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Permissions.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder) => builder.HasIndex(u => u.UserId).IsUnique();
}

internal sealed class PermissionProfileConfiguration : IEntityTypeConfiguration<PermissionProfile>
{
    public void Configure(EntityTypeBuilder<PermissionProfile> builder)
    {
        builder.HasKey(p => p.Code);
        builder.ToTable("profiles");
    }
}

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.HasIndex(g => g.UserId);
        // One active grant of a profile at a unit per user, even when two approvals race.
        builder.HasIndex(g => new { g.UserId, g.ProfileCode, g.OrganisationUnitId }).IsUnique().HasFilter("ended_at IS NULL")
            .HasDatabaseName("ux_grants_active");
        builder.Property(g => g.RowVersion).IsRowVersion();
        builder.HasOne<PermissionProfile>().WithMany().HasForeignKey(g => g.ProfileCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(g => g.UserId).HasPrincipalKey(u => u.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PermissionApplicationConfiguration : IEntityTypeConfiguration<PermissionApplication>
{
    public void Configure(EntityTypeBuilder<PermissionApplication> builder)
    {
        builder.ToTable("applications");
        builder.HasIndex(a => new { a.Status, a.OrganisationUnitId });
        // One pending application per user, profile and unit, even when a form is sent twice at once.
        builder.HasIndex(a => new { a.UserId, a.ProfileCode, a.OrganisationUnitId }).IsUnique().HasFilter("status = 'Pending'")
            .HasDatabaseName("ux_applications_pending");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.RowVersion).IsRowVersion();
        builder.HasOne<PermissionProfile>().WithMany().HasForeignKey(a => a.ProfileCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).HasPrincipalKey(u => u.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseRightConfiguration : IEntityTypeConfiguration<CourseRight>
{
    public void Configure(EntityTypeBuilder<CourseRight> builder)
    {
        builder.HasIndex(r => new { r.UserId, r.CourseId, r.Kind }).IsUnique().HasFilter("revoked_at IS NULL").HasDatabaseName("ux_course_rights_active");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).HasPrincipalKey(u => u.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasIndex(a => a.SubjectId);
    }
}
