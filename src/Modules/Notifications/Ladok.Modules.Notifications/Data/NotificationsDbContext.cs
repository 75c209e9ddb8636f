using Ladok.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ladok.Modules.Notifications.Data;

/// <summary>
/// The Notifications module's tables, in the <c>notifications</c> schema: the students' notifications and the mails waiting to be
/// sent. Not audited: a notification repeats what Records decided (and audited), and the student's own "read" mark is no decision.
/// </summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public const string Schema = "notifications";

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutgoingMail> Mails => Set<OutgoingMail>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);

        // Ids are made by the domain (Guid v7), never by the database.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IMutableKey>())
        {
            foreach (var property in key.Properties) property.ValueGenerated = ValueGenerated.Never;
        }
    }
}
