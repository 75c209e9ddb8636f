using System;
using Ladok.Kernel.Auditing;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Permissions.Data.Migrations
{
    /// <summary>
    /// Replaces the module's own log (<c>audit_entries</c>: subject, action, actor, at, reason) with the
    /// Kernel's audit trail, and moves every old row into it: who and when as they were, what happened as
    /// the fields that step changes (an approval sets <c>Status</c>, <c>DecidedBy</c>, <c>DecidedAt</c> and
    /// <c>DecisionReason</c>), so an old step reads like a new one, in <c>history</c> and <c>auditTrail</c>.
    /// A reason no field holds is kept as <c>Note</c>; an action the module never wrote, as <c>Event</c>.
    /// </summary>
    public partial class AuditTrail : Migration
    {
        private const string Schema = PermissionsDbContext.Schema;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "audit_entries", schema: Schema, newName: "log_entries");
            migrationBuilder.Sql("ALTER TABLE permissions.log_entries RENAME CONSTRAINT pk_audit_entries TO pk_log_entries;");

            CreateAuditTrail(migrationBuilder);
            migrationBuilder.Sql(MoveLogIntoTrail);

            migrationBuilder.DropTable(name: "log_entries", schema: Schema);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropAuditTrailAppendOnly(Schema);
            migrationBuilder.RenameTable(name: "audit_entries", schema: Schema, newName: "trail_entries");
            migrationBuilder.Sql("ALTER TABLE permissions.trail_entries RENAME CONSTRAINT pk_audit_entries TO pk_trail_entries;");
            migrationBuilder.DropIndex(name: "ix_audit_entries_subject_id_changed_at", schema: Schema, table: "trail_entries");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: Schema,
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    actor = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table => table.PrimaryKey("pk_audit_entries", x => x.id));
            migrationBuilder.CreateIndex(name: "ix_audit_entries_subject_id", schema: Schema, table: "audit_entries", column: "subject_id");
            migrationBuilder.Sql(MoveTrailIntoLog);

            migrationBuilder.DropTable(name: "trail_entries", schema: Schema);
        }

        private static void CreateAuditTrail(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: Schema,
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table => table.PrimaryKey("pk_audit_entries", x => x.id));
            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_id_changed_at", schema: Schema, table: "audit_entries", columns: new[] { "subject_id", "changed_at" });
            migrationBuilder.MakeAuditTrailAppendOnly(Schema);
        }

        // Times as the trail writes them (ISO 8601, UTC, seven decimals); fields without a value are left out, as on a create.
        private const string MoveLogIntoTrail = """
            WITH log AS (
                SELECT l.*, to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '0+00:00' AS at_text
                FROM permissions.log_entries l)
            INSERT INTO permissions.audit_entries (id, subject_type, subject_id, subject_key, action, changed_by, changed_at, changes)
            SELECT log.id,
                CASE
                    WHEN log.action IN ('applied', 'approved', 'rejected') THEN 'PermissionApplication'
                    WHEN log.action IN ('granted', 'ended') THEN 'Grant'
                    WHEN log.action IN ('course right granted', 'course right revoked') THEN 'CourseRight'
                    WHEN log.action = 'user created' THEN 'User'
                    WHEN EXISTS (SELECT 1 FROM permissions.applications a WHERE a.id = log.subject_id) THEN 'PermissionApplication'
                    WHEN EXISTS (SELECT 1 FROM permissions.grants g WHERE g.id = log.subject_id) THEN 'Grant'
                    WHEN EXISTS (SELECT 1 FROM permissions.course_rights r WHERE r.id = log.subject_id) THEN 'CourseRight'
                    WHEN EXISTS (SELECT 1 FROM permissions.users u WHERE u.id = log.subject_id) THEN 'User'
                    ELSE 'Unknown'
                END,
                log.subject_id,
                log.subject_id::text,
                CASE WHEN log.action IN ('applied', 'granted', 'course right granted', 'user created') THEN 'Created' ELSE 'Updated' END,
                log.actor,
                log.at,
                jsonb_path_query_array(CASE log.action
                    WHEN 'applied' THEN jsonb_build_array(
                        jsonb_build_object('field', 'Status', 'old', NULL, 'new', 'Pending'),
                        jsonb_build_object('field', 'Motivation', 'old', NULL, 'new', log.reason))
                    WHEN 'approved' THEN jsonb_build_array(
                        jsonb_build_object('field', 'Status', 'old', 'Pending', 'new', 'Approved'),
                        jsonb_build_object('field', 'DecidedBy', 'old', NULL, 'new', log.actor),
                        jsonb_build_object('field', 'DecidedAt', 'old', NULL, 'new', log.at_text),
                        jsonb_build_object('field', 'DecisionReason', 'old', NULL, 'new', log.reason))
                    WHEN 'rejected' THEN jsonb_build_array(
                        jsonb_build_object('field', 'Status', 'old', 'Pending', 'new', 'Rejected'),
                        jsonb_build_object('field', 'DecidedBy', 'old', NULL, 'new', log.actor),
                        jsonb_build_object('field', 'DecidedAt', 'old', NULL, 'new', log.at_text),
                        jsonb_build_object('field', 'DecisionReason', 'old', NULL, 'new', log.reason))
                    WHEN 'ended' THEN jsonb_build_array(
                        jsonb_build_object('field', 'EndedBy', 'old', NULL, 'new', log.actor),
                        jsonb_build_object('field', 'EndedAt', 'old', NULL, 'new', log.at_text),
                        jsonb_build_object('field', 'EndReason', 'old', NULL, 'new', log.reason))
                    WHEN 'course right revoked' THEN jsonb_build_array(
                        jsonb_build_object('field', 'RevokedBy', 'old', NULL, 'new', log.actor),
                        jsonb_build_object('field', 'RevokedAt', 'old', NULL, 'new', log.at_text),
                        jsonb_build_object('field', 'RevokeReason', 'old', NULL, 'new', log.reason))
                    WHEN 'granted' THEN jsonb_build_array(jsonb_build_object('field', 'Note', 'old', NULL, 'new', log.reason))
                    WHEN 'course right granted' THEN jsonb_build_array(jsonb_build_object('field', 'Note', 'old', NULL, 'new', log.reason))
                    WHEN 'user created' THEN jsonb_build_array(jsonb_build_object('field', 'Note', 'old', NULL, 'new', log.reason))
                    ELSE jsonb_build_array(
                        jsonb_build_object('field', 'Event', 'old', NULL, 'new', log.action),
                        jsonb_build_object('field', 'Note', 'old', NULL, 'new', log.reason))
                END, '$[*] ? (@.new != null)')
            FROM log;
            """;

        // The inverse, in the words of PermissionHistory: each entry's new values by field name, then the step they make.
        private const string MoveTrailIntoLog = """
            WITH trail AS (
                SELECT t.*, coalesce((SELECT jsonb_object_agg(c ->> 'field', c -> 'new') FROM jsonb_array_elements(t.changes) c), '{}') AS n
                FROM permissions.trail_entries t
                WHERE t.subject_id IS NOT NULL)
            INSERT INTO permissions.audit_entries (id, subject_id, action, actor, at, reason)
            SELECT trail.id, trail.subject_id,
                CASE
                    WHEN trail.n ? 'Event' THEN trail.n ->> 'Event'
                    WHEN trail.subject_type = 'PermissionApplication' AND trail.action = 'Created' THEN 'applied'
                    WHEN trail.subject_type = 'PermissionApplication' AND trail.n ? 'DecidedBy' THEN lower(trail.n ->> 'Status')
                    WHEN trail.subject_type = 'Grant' AND trail.action = 'Created' THEN 'granted'
                    WHEN trail.subject_type = 'Grant' AND trail.n ? 'EndedBy' THEN 'ended'
                    WHEN trail.subject_type = 'CourseRight' AND trail.action = 'Created' THEN 'course right granted'
                    WHEN trail.subject_type = 'CourseRight' AND trail.n ? 'RevokedBy' THEN 'course right revoked'
                    WHEN trail.subject_type = 'User' AND trail.action = 'Created' THEN 'user created'
                    ELSE lower(trail.action)
                END,
                trail.changed_by,
                trail.changed_at,
                coalesce(
                    CASE
                        WHEN trail.subject_type = 'PermissionApplication' AND trail.action = 'Created' THEN trail.n ->> 'Motivation'
                        WHEN trail.subject_type = 'Grant' AND trail.action = 'Created' THEN 'application ' || (trail.n ->> 'ApplicationId')
                    END,
                    trail.n ->> 'DecisionReason', trail.n ->> 'EndReason', trail.n ->> 'RevokeReason', trail.n ->> 'Note')
            FROM trail;
            """;
    }
}
