using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Records.Data.Migrations
{
    /// <inheritdoc />
    public partial class ExamSittings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exam_sittings",
                schema: "records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    course_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_id = table.Column<Guid>(type: "uuid", nullable: true),
                    module_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sign_up_opens = table.Column<DateOnly>(type: "date", nullable: false),
                    sign_up_closes = table.Column<DateOnly>(type: "date", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exam_sittings", x => x.id);
                    table.CheckConstraint("ck_exam_sittings_capacity", "capacity > 0");
                    table.CheckConstraint("ck_exam_sittings_times", "ends_at > starts_at");
                    table.CheckConstraint("ck_exam_sittings_window", "sign_up_opens <= sign_up_closes");
                });

            migrationBuilder.CreateTable(
                name: "exam_sitting_sign_ups",
                schema: "records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sitting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    registration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    anonymous_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    signed_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exam_sitting_sign_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_exam_sitting_sign_ups_exam_sittings_sitting_id",
                        column: x => x.sitting_id,
                        principalSchema: "records",
                        principalTable: "exam_sittings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exam_sitting_sign_ups_registrations_registration_id",
                        column: x => x.registration_id,
                        principalSchema: "records",
                        principalTable: "registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exam_sitting_sign_ups_students_student_id",
                        column: x => x.student_id,
                        principalSchema: "records",
                        principalTable: "students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_exam_sitting_sign_ups_registration_id",
                schema: "records",
                table: "exam_sitting_sign_ups",
                column: "registration_id");

            migrationBuilder.CreateIndex(
                name: "ix_exam_sitting_sign_ups_sitting_id_anonymous_code",
                schema: "records",
                table: "exam_sitting_sign_ups",
                columns: new[] { "sitting_id", "anonymous_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exam_sitting_sign_ups_sitting_id_student_id",
                schema: "records",
                table: "exam_sitting_sign_ups",
                columns: new[] { "sitting_id", "student_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exam_sitting_sign_ups_student_id",
                schema: "records",
                table: "exam_sitting_sign_ups",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "ix_exam_sittings_course_code_starts_at",
                schema: "records",
                table: "exam_sittings",
                columns: new[] { "course_code", "starts_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exam_sitting_sign_ups",
                schema: "records");

            migrationBuilder.DropTable(
                name: "exam_sittings",
                schema: "records");
        }
    }
}
