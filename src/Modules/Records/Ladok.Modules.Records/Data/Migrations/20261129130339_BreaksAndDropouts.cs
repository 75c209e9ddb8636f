using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Records.Data.Migrations
{
    /// <inheritdoc />
    public partial class BreaksAndDropouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "dropout_programme_registration_id",
                schema: "records",
                table: "registrations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "dropout_reason",
                schema: "records",
                table: "registrations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "dropout_recorded_at",
                schema: "records",
                table: "registrations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "dropout_recorded_by",
                schema: "records",
                table: "registrations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "dropped_out_on",
                schema: "records",
                table: "registrations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_early_dropout",
                schema: "records",
                table: "registrations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "withdrawn_by",
                schema: "records",
                table: "registrations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "withdrawn_on",
                schema: "records",
                table: "registrations",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "programme_registrations",
                schema: "records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_term = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    registered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dropped_out_on = table.Column<DateOnly>(type: "date", nullable: true),
                    dropout_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    dropout_recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    dropout_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_registrations_students_student_id",
                        column: x => x.student_id,
                        principalSchema: "records",
                        principalTable: "students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "study_breaks",
                schema: "records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    registration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_study_breaks", x => x.id);
                    table.CheckConstraint("ck_study_breaks_dates", "\"from\" <= \"to\"");
                    table.ForeignKey(
                        name: "fk_study_breaks_registrations_registration_id",
                        column: x => x.registration_id,
                        principalSchema: "records",
                        principalTable: "registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_programme_registrations_student_id_programme_id",
                schema: "records",
                table: "programme_registrations",
                columns: new[] { "student_id", "programme_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_study_breaks_registration_id",
                schema: "records",
                table: "study_breaks",
                column: "registration_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programme_registrations",
                schema: "records");

            migrationBuilder.DropTable(
                name: "study_breaks",
                schema: "records");

            migrationBuilder.DropColumn(
                name: "dropout_programme_registration_id",
                schema: "records",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "dropout_reason",
                schema: "records",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "dropout_recorded_at",
                schema: "records",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "dropout_recorded_by",
                schema: "records",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "dropped_out_on",
                schema: "records",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "is_early_dropout",
                schema: "records",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "withdrawn_by",
                schema: "records",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "withdrawn_on",
                schema: "records",
                table: "registrations");
        }
    }
}
