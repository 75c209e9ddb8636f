using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Records.Data.Migrations
{
    /// <inheritdoc />
    public partial class Results : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "result_batches",
                schema: "records",
                columns: table => new
                {
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    row_count = table.Column<int>(type: "integer", nullable: false),
                    reported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_result_batches", x => x.idempotency_key);
                });

            migrationBuilder.CreateTable(
                name: "results",
                schema: "records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    registration_id = table.Column<Guid>(type: "uuid", nullable: true),
                    offering_id = table.Column<Guid>(type: "uuid", nullable: true),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    course_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_id = table.Column<Guid>(type: "uuid", nullable: true),
                    module_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    grading_scale_id = table.Column<Guid>(type: "uuid", nullable: false),
                    grade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_passing = table.Column<bool>(type: "boolean", nullable: false),
                    credits = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    examination_date = table.Column<DateOnly>(type: "date", nullable: false),
                    project_title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    transferred_from = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    examiners = table.Column<List<string>>(type: "text[]", nullable: false),
                    reported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    removal_requested_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    removal_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    removal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    removed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_results", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_results_examiners",
                schema: "records",
                table: "results",
                column: "examiners",
                filter: "status = 'Ready'")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_results_one_open_per_module",
                schema: "records",
                table: "results",
                columns: new[] { "registration_id", "module_id" },
                unique: true,
                filter: "registration_id IS NOT NULL AND status IN ('Draft', 'Ready', 'Rejected')")
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_results_registration_id",
                schema: "records",
                table: "results",
                column: "registration_id");

            migrationBuilder.CreateIndex(
                name: "ix_results_student_id",
                schema: "records",
                table: "results",
                column: "student_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "result_batches",
                schema: "records");

            migrationBuilder.DropTable(
                name: "results",
                schema: "records");
        }
    }
}
