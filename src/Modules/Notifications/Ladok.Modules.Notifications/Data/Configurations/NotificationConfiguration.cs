using Ladok.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Notifications.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        // An event delivered again finds its notification: one per event and recipient.
        builder.HasIndex(n => new { n.EventId, n.StudentId }).IsUnique();
        // A student's list, newest first, and their unread count.
        builder.HasIndex(n => new { n.StudentId, n.OccurredAt });
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.CourseCode).HasMaxLength(20);
        builder.Property(n => n.CourseNameSv).HasMaxLength(300);
        builder.Property(n => n.CourseNameEn).HasMaxLength(300);
        builder.Property(n => n.Term).HasMaxLength(6);
        builder.Property(n => n.ModuleCode).HasMaxLength(20);
        builder.Property(n => n.Grade).HasMaxLength(20);
        builder.Property(n => n.Place).HasMaxLength(300);
        builder.Ignore(n => n.IsRead);
    }
}
