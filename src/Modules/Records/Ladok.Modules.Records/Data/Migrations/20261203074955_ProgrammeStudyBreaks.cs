using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Records.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeStudyBreaks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "reason",
                schema: "records",
                table: "study_breaks",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500);

            migrationBuilder.AddColumn<Guid>(
                name: "programme_study_break_id",
                schema: "records",
                table: "study_breaks",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "programme_study_breaks",
                schema: "records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_registration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    resume_term = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    guaranteed_place = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_study_breaks", x => x.id);
                    table.CheckConstraint("ck_programme_study_breaks_dates", "\"from\" <= \"to\"");
                    table.ForeignKey(
                        name: "fk_programme_study_breaks_programme_registrations_programme_re",
                        column: x => x.programme_registration_id,
                        principalSchema: "records",
                        principalTable: "programme_registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_study_breaks_programme_study_break_id",
                schema: "records",
                table: "study_breaks",
                column: "programme_study_break_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_study_breaks_programme_registration_id",
                schema: "records",
                table: "programme_study_breaks",
                column: "programme_registration_id");

            migrationBuilder.AddForeignKey(
                name: "fk_study_breaks_programme_study_breaks_programme_study_break_id",
                schema: "records",
                table: "study_breaks",
                column: "programme_study_break_id",
                principalSchema: "records",
                principalTable: "programme_study_breaks",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            MoveCourseBreaksToProgrammes(migrationBuilder);
        }

        // ---- Data correction (ADR 0018): study breaks are decided on programme registrations ----
        // A break recorded on a course registration moves to the student's programme registration where there is one
        // (the one registered last before the break was recorded, else the first): one programme break per programme
        // registration and dates, resuming in the term after the break, with the place guaranteed, as a break on a course
        // kept the place. Its id is that of the earliest course break it comes from. The course rows stay, with their
        // reason, and point to it, so the participation state is unchanged. Breaks of students without a programme
        // registration stay on their course registrations as recorded.
        private const string CourseBreaksWithTheirProgramme = """
            SELECT DISTINCT ON (b.id) b.id AS break_id, p.id AS programme_registration_id, r.student_id, b."from", b."to", b.recorded_by, b.recorded_at
            FROM records.study_breaks b
            JOIN records.registrations r ON r.id = b.registration_id
            JOIN records.programme_registrations p ON p.student_id = r.student_id
            WHERE b.programme_study_break_id IS NULL
            ORDER BY b.id, (p.registered_at <= b.recorded_at) DESC, p.registered_at DESC, p.id
            """;

        private static void MoveCourseBreaksToProgrammes(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                INSERT INTO records.programme_study_breaks
                    (id, programme_registration_id, student_id, "from", "to", resume_term, guaranteed_place, recorded_by, recorded_at)
                SELECT DISTINCT ON (c.programme_registration_id, c."from", c."to")
                    c.break_id, c.programme_registration_id, c.student_id, c."from", c."to",
                    CASE WHEN extract(month FROM c."to") <= 6 THEN 'HT' || extract(year FROM c."to")::int
                         ELSE 'VT' || (extract(year FROM c."to")::int + 1) END,
                    true, c.recorded_by, c.recorded_at
                FROM ({CourseBreaksWithTheirProgramme}) c
                ORDER BY c.programme_registration_id, c."from", c."to", c.recorded_at, c.break_id;
                """);
            migrationBuilder.Sql($"""
                UPDATE records.study_breaks b SET programme_study_break_id = p.id
                FROM ({CourseBreaksWithTheirProgramme}) c
                JOIN records.programme_study_breaks p
                  ON p.programme_registration_id = c.programme_registration_id AND p."from" = c."from" AND p."to" = c."to"
                WHERE b.id = c.break_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_study_breaks_programme_study_breaks_programme_study_break_id",
                schema: "records",
                table: "study_breaks");

            migrationBuilder.DropTable(
                name: "programme_study_breaks",
                schema: "records");

            migrationBuilder.DropIndex(
                name: "ix_study_breaks_programme_study_break_id",
                schema: "records",
                table: "study_breaks");

            migrationBuilder.DropColumn(
                name: "programme_study_break_id",
                schema: "records",
                table: "study_breaks");

            migrationBuilder.AlterColumn<string>(
                name: "reason",
                schema: "records",
                table: "study_breaks",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldNullable: true);
        }
    }
}
