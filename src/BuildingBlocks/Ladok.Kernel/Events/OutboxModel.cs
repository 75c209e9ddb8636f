using Microsoft.EntityFrameworkCore;

namespace Ladok.Kernel.Events;

/// <summary>Maps the outbox into a module's own schema, next to the data whose changes it tells of.</summary>
public static class OutboxModel
{
    public const string MessagesTable = "outbox_messages";
    public const string DeliveriesTable = "outbox_deliveries";

    /// <summary>
    /// Adds <c>outbox_messages</c> and <c>outbox_deliveries</c> to the model, in the context's
    /// default schema. Call it in <c>OnModelCreating</c> after <c>HasDefaultSchema</c>.
    /// </summary>
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable(MessagesTable);
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).ValueGeneratedNever();
            message.Property(m => m.Type).HasMaxLength(300);
            message.Property(m => m.Payload).HasColumnType("jsonb");
            // The dispatcher's scan: only the undispatched rows, in id order.
            message.HasIndex(m => m.Id).HasFilter("dispatched_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        });
        modelBuilder.Entity<OutboxDelivery>(delivery =>
        {
            delivery.ToTable(DeliveriesTable);
            delivery.HasKey(d => new { d.MessageId, d.Subscriber });
            delivery.Property(d => d.Subscriber).HasMaxLength(300);
            delivery.Property(d => d.LastError).HasMaxLength(4000);
            delivery.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
            // What an operator looks for: deliveries that gave up.
            delivery.HasIndex(d => d.ParkedAt).HasFilter("parked_at IS NOT NULL");
        });
        return modelBuilder;
    }
}
