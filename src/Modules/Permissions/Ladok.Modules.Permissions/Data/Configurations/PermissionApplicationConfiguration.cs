using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Permissions.Data.Configurations;

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
