using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Permissions.Data.Configurations;

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
