using Ladok.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Notifications.Data.Configurations;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.ToTable("mails");
        // One mail per notification, so one per event and recipient.
        builder.HasIndex(m => m.NotificationId).IsUnique();
        builder.HasOne<Notification>().WithMany().HasForeignKey(m => m.NotificationId);
        // What the sender looks for: pending mails that are due.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL AND next_attempt_at IS NOT NULL");
        builder.Property(m => m.Address).HasMaxLength(320);
        builder.Property(m => m.LastError).HasMaxLength(2000);
    }
}
