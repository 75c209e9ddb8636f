using System;
using Ladok.Kernel.Auditing;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Admissions.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "admissions");

            migrationBuilder.CreateTable(
                name: "admissions",
                schema: "admissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offering_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reserve_place = table.Column<int>(type: "integer", nullable: true),
                    source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admissions", x => x.id);
                    table.CheckConstraint("ck_admissions_reserve_place", "(status = 'Reserve' AND reserve_place >= 1) OR (status <> 'Reserve' AND reserve_place IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "admissions",
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
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_admissions_offering_id",
                schema: "admissions",
                table: "admissions",
                column: "offering_id");

            migrationBuilder.CreateIndex(
                name: "ix_admissions_student_id_offering_id",
                schema: "admissions",
                table: "admissions",
                columns: new[] { "student_id", "offering_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_id_changed_at",
                schema: "admissions",
                table: "audit_entries",
                columns: new[] { "subject_id", "changed_at" });

            migrationBuilder.MakeAuditTrailAppendOnly(AdmissionsDbContext.Schema);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropAuditTrailAppendOnly(AdmissionsDbContext.Schema);

            migrationBuilder.DropTable(
                name: "admissions",
                schema: "admissions");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "admissions");
        }
    }
}
