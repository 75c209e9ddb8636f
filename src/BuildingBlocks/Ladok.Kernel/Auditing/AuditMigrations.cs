using Microsoft.EntityFrameworkCore.Migrations;

namespace Ladok.Kernel.Auditing;

/// <summary>Makes the audit trail append-only in the database itself, whatever code or tool connects.</summary>
public static class AuditMigrations
{
    /// <summary>
    /// Adds triggers that refuse UPDATE, DELETE and TRUNCATE on <c>{schema}.audit_entries</c>.
    /// Call it in the migration that creates the table, after <c>CreateTable</c>.
    /// </summary>
    public static void MakeAuditTrailAppendOnly(this MigrationBuilder migrationBuilder, string schema)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(AppendOnlySql(schema));
    }

    /// <summary>Undoes <see cref="MakeAuditTrailAppendOnly"/>, for the migration's <c>Down</c>.</summary>
    public static void DropAuditTrailAppendOnly(this MigrationBuilder migrationBuilder, string schema)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var s = Quote(schema);
        migrationBuilder.Sql($"""
            DROP TRIGGER IF EXISTS audit_entries_no_truncate ON {s}.audit_entries;
            DROP TRIGGER IF EXISTS audit_entries_no_change ON {s}.audit_entries;
            DROP FUNCTION IF EXISTS {s}.audit_entries_refuse_change();
            """);
    }

    /// <summary>The SQL <see cref="MakeAuditTrailAppendOnly"/> runs, for a context created without migrations.</summary>
    public static string AppendOnlySql(string schema)
    {
        var s = Quote(schema);
        return $"""
            CREATE OR REPLACE FUNCTION {s}.audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The audit trail is append-only: % on %.% is refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END;
            $$;
            CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON {s}.audit_entries
                FOR EACH ROW EXECUTE FUNCTION {s}.audit_entries_refuse_change();
            CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON {s}.audit_entries
                FOR EACH STATEMENT EXECUTE FUNCTION {s}.audit_entries_refuse_change();
            """;
    }

    private static string Quote(string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        return "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
