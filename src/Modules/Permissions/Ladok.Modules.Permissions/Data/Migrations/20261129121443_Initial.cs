using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Permissions.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "permissions");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "permissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    actor = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "profiles",
                schema: "permissions",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    name_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    functions = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profiles", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "users",
                schema: "permissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.UniqueConstraint("ak_users_user_id", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                schema: "permissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    profile_code = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    organisation_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_unit_code = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    motivation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_applications_profiles_profile_code",
                        column: x => x.profile_code,
                        principalSchema: "permissions",
                        principalTable: "profiles",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_applications_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "permissions",
                        principalTable: "users",
                        principalColumn: "user_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "course_rights",
                schema: "permissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    granted_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    granted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoke_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_rights", x => x.id);
                    table.ForeignKey(
                        name: "fk_course_rights_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "permissions",
                        principalTable: "users",
                        principalColumn: "user_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grants",
                schema: "permissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    profile_code = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    organisation_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_unit_code = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    granted_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    granted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ended_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_profiles_profile_code",
                        column: x => x.profile_code,
                        principalSchema: "permissions",
                        principalTable: "profiles",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grants_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "permissions",
                        principalTable: "users",
                        principalColumn: "user_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_applications_profile_code",
                schema: "permissions",
                table: "applications",
                column: "profile_code");

            migrationBuilder.CreateIndex(
                name: "ix_applications_status_organisation_unit_id",
                schema: "permissions",
                table: "applications",
                columns: new[] { "status", "organisation_unit_id" });

            migrationBuilder.CreateIndex(
                name: "ux_applications_pending",
                schema: "permissions",
                table: "applications",
                columns: new[] { "user_id", "profile_code", "organisation_unit_id" },
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_id",
                schema: "permissions",
                table: "audit_entries",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ux_course_rights_active",
                schema: "permissions",
                table: "course_rights",
                columns: new[] { "user_id", "course_id", "kind" },
                unique: true,
                filter: "revoked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_grants_profile_code",
                schema: "permissions",
                table: "grants",
                column: "profile_code");

            migrationBuilder.CreateIndex(
                name: "ix_grants_user_id",
                schema: "permissions",
                table: "grants",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ux_grants_active",
                schema: "permissions",
                table: "grants",
                columns: new[] { "user_id", "profile_code", "organisation_unit_id" },
                unique: true,
                filter: "ended_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_users_user_id",
                schema: "permissions",
                table: "users",
                column: "user_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applications",
                schema: "permissions");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "permissions");

            migrationBuilder.DropTable(
                name: "course_rights",
                schema: "permissions");

            migrationBuilder.DropTable(
                name: "grants",
                schema: "permissions");

            migrationBuilder.DropTable(
                name: "profiles",
                schema: "permissions");

            migrationBuilder.DropTable(
                name: "users",
                schema: "permissions");
        }
    }
}
