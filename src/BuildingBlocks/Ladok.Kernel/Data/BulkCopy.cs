using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Ladok.Kernel.Data;

/// <summary>
/// Inserts many new entities with PostgreSQL's binary COPY, in the context's open transaction,
/// mapping columns from the EF model (value converters included). One COPY replaces a batch of
/// INSERT statements the server would parse one by one: a 500-row exam sitting is written in a
/// few milliseconds instead of a hundred. Store-generated columns (such as <c>xmin</c>) are
/// skipped; read them back if needed. The entities are not tracked.
/// </summary>
public static class BulkCopy
{
    public static async Task InsertAsync<TEntity>(this DbContext db, IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (entities.Count > 0) await db.InsertAsync(entities.ToAsyncEnumerable(), cancellationToken);
    }

    /// <summary>Streams the entities into one COPY as they come, so millions of rows take constant memory; returns how many were written.</summary>
    public static async Task<long> InsertAsync<TEntity>(this DbContext db, IAsyncEnumerable<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException(
            "BulkCopy.InsertAsync writes inside the caller's transaction; begin one first.");

        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate && p.GetColumnName(table) is not null && !p.IsShadowProperty())
            .Select(p => new Column(p, p.GetColumnName(table)!, StoreType(p.GetColumnType(table)), p.GetTypeMapping().Converter))
            .ToList();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var copy = $"COPY \"{table.Schema}\".\"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        await foreach (var entity in entities.WithCancellation(cancellationToken))
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.Property.GetGetter().GetClrValue(entity);
                if (value is not null && column.Converter is not null) value = column.Converter.ConvertToProvider(value);
                if (value is null) await writer.WriteNullAsync(cancellationToken);
                else await writer.WriteAsync(value, column.StoreType, cancellationToken);
            }
        }
        return (long)await writer.CompleteAsync(cancellationToken);
    }

    /// <summary><c>character varying(20)</c> → <c>character varying</c>: COPY wants the type, not its length.</summary>
    private static string StoreType(string columnType)
    {
        var parenthesis = columnType.IndexOf('(', StringComparison.Ordinal);
        return parenthesis < 0 ? columnType : columnType[..parenthesis] + columnType[(columnType.IndexOf(')', StringComparison.Ordinal) + 1)..];
    }

    private sealed record Column(IProperty Property, string Name, string StoreType, ValueConverter? Converter);
}
