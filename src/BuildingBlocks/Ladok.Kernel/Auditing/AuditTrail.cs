using System.Globalization;
using System.Text.Json;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Ladok.Kernel.Auditing;

/// <summary>
/// Records every entity a save writes as an <see cref="AuditEntry"/> in the same save, so data
/// and its audit commit or roll back together. A module's context normally gets this through
/// <see cref="AuditedDbContext"/>; call <see cref="RecordAuditTrail"/> directly only from a
/// context that cannot derive from it.
/// </summary>
public static class AuditTrail
{
    public const string Table = "audit_entries";

    /// <summary>A page of one subject's trail, oldest first (audit ids are time-ordered), for <c>auditTrail</c>.</summary>
    public static Task<Connection<AuditEntry>> TrailAsync(
        this DbContext db, string subjectType, Guid subjectId, PageRequest page, CancellationToken cancellationToken) =>
        db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectType == subjectType && e.SubjectId == subjectId)
            .ToConnectionAsync(e => e.Id.ToString(), page, cancellationToken);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Maps <c>audit_entries</c> into the context's default schema, indexed by (subject_id, changed_at).
    /// Make it append-only in the migration that creates it with <see cref="AuditMigrations.MakeAuditTrailAppendOnly"/>.
    /// </summary>
    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable(Table);
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.SubjectType).HasMaxLength(200);
            entry.Property(e => e.SubjectKey).HasMaxLength(400);
            entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.ChangedBy).HasMaxLength(200);
            entry.Property(e => e.Changes)
                .HasColumnType("jsonb")
                .HasConversion(
                    changes => JsonSerializer.Serialize(changes, Json),
                    json => JsonSerializer.Deserialize<List<AuditChange>>(json, Json) ?? new List<AuditChange>(),
                    new ValueComparer<IReadOnlyList<AuditChange>>(
                        (a, b) => a!.SequenceEqual(b!),
                        changes => changes.Aggregate(0, (hash, change) => HashCode.Combine(hash, change)),
                        changes => changes.ToList()));
            entry.HasIndex(e => new { e.SubjectId, e.ChangedAt });
        });
        return modelBuilder;
    }

    /// <summary>
    /// Adds one <see cref="AuditEntry"/> per entity the next save will insert, update or delete
    /// (not the outbox's or the audit trail's own rows), with the old and new value of each
    /// written property except concurrency tokens such as <c>xmin</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// There are changes to record but <paramref name="changedBy"/> is empty: unaudited data is
    /// never written, so a missing actor fails the save instead.
    /// </exception>
    /// <returns>The entries added.</returns>
    public static IReadOnlyList<AuditEntry> RecordAuditTrail(this DbContext db, string? changedBy, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        db.ChangeTracker.DetectChanges();
        var written = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not (AuditEntry or OutboxMessage or OutboxDelivery))
            .ToList();
        if (written.Count == 0) return [];
        if (string.IsNullOrWhiteSpace(changedBy))
        {
            var types = string.Join(", ", written.Select(e => e.Metadata.ClrType.Name).Distinct());
            throw new InvalidOperationException(
                $"{db.GetType().Name} was asked to save changes to {types} without an actor; every write is audited, so say who makes it (ActAs) " +
                "before saving.");
        }

        var now = clock.GetUtcNow();
        var entries = new List<AuditEntry>(written.Count);
        foreach (var entry in written)
        {
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            var (id, key) = Subject(entry);
            entries.Add(AuditEntry.Record(entry.Metadata.ClrType.Name, id, key, Action(entry.State), changedBy, now, changes));
        }
        db.Set<AuditEntry>().AddRange(entries);
        return entries;
    }

    private static AuditAction Action(EntityState state) => state switch
    {
        EntityState.Added => AuditAction.Created,
        EntityState.Deleted => AuditAction.Deleted,
        _ => AuditAction.Updated,
    };

    private static List<AuditChange> Changes(EntityEntry entry)
    {
        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsConcurrencyToken) continue;
            var field = property.Metadata.Name;
            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    changes.Add(new AuditChange(field, null, Text(property.CurrentValue)));
                    break;
                case EntityState.Deleted:
                    changes.Add(new AuditChange(field, Text(property.OriginalValue), null));
                    break;
                case EntityState.Modified when property.IsModified:
                    var (old, @new) = (Text(property.OriginalValue), Text(property.CurrentValue));
                    if (!string.Equals(old, @new, StringComparison.Ordinal)) changes.Add(new AuditChange(field, old, @new));
                    break;
            }
        }
        return changes;
    }

    private static (Guid? Id, string Key) Subject(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()
            ?? throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} has no key, so its writes cannot be audited.");
        var values = key.Properties.Select(p => entry.Property(p.Name)).ToList();
        if (values.Exists(v => v.IsTemporary))
        {
            throw new InvalidOperationException(
                $"{entry.Metadata.ClrType.Name}'s key is generated by the database, so the audit trail cannot name it before the save; let the " +
                "domain make the id (Guid.CreateVersion7()).");
        }
        Guid? id = values is [{ CurrentValue: Guid guid }] ? guid : null;
        return (id, string.Join('|', values.Select(v => Text(entry.State == EntityState.Deleted ? v.OriginalValue : v.CurrentValue))));
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTimeOffset time => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
