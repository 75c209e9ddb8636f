using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Ladok.Modules.Catalogue.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "catalogue");

            migrationBuilder.CreateTable(
                name: "grading_scales",
                schema: "catalogue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grading_scales", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisation_units",
                schema: "catalogue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisation_units_organisation_units_parent_id",
                        column: x => x.parent_id,
                        principalSchema: "catalogue",
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grades",
                schema: "catalogue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    grading_scale_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    is_passing = table.Column<bool>(type: "boolean", nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grades", x => x.id);
                    table.ForeignKey(
                        name: "fk_grades_grading_scales_grading_scale_id",
                        column: x => x.grading_scale_id,
                        principalSchema: "catalogue",
                        principalTable: "grading_scales",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "courses",
                schema: "catalogue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses", x => x.id);
                    table.ForeignKey(
                        name: "fk_courses_organisation_units_department_id",
                        column: x => x.department_id,
                        principalSchema: "catalogue",
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                schema: "catalogue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    credits = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.id);
                    table.ForeignKey(
                        name: "fk_programmes_organisation_units_department_id",
                        column: x => x.department_id,
                        principalSchema: "catalogue",
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "course_versions",
                schema: "catalogue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    credits = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    grading_scale_id = table.Column<Guid>(type: "uuid", nullable: false),
                    valid_from = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    requires_project_title = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_course_versions_courses_course_id",
                        column: x => x.course_id,
                        principalSchema: "catalogue",
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_course_versions_grading_scales_grading_scale_id",
                        column: x => x.grading_scale_id,
                        principalSchema: "catalogue",
                        principalTable: "grading_scales",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "course_modules",
                schema: "catalogue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    credits = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    grading_scale_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_modules", x => x.id);
                    table.ForeignKey(
                        name: "fk_course_modules_course_versions_course_version_id",
                        column: x => x.course_version_id,
                        principalSchema: "catalogue",
                        principalTable: "course_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_course_modules_grading_scales_grading_scale_id",
                        column: x => x.grading_scale_id,
                        principalSchema: "catalogue",
                        principalTable: "grading_scales",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "offerings",
                schema: "catalogue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    term = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    pace_percent = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offerings", x => x.id);
                    table.CheckConstraint("ck_offerings_dates", "end_date > start_date");
                    table.CheckConstraint("ck_offerings_pace", "pace_percent BETWEEN 1 AND 100");
                    table.ForeignKey(
                        name: "fk_offerings_course_versions_course_version_id",
                        column: x => x.course_version_id,
                        principalSchema: "catalogue",
                        principalTable: "course_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_offerings_organisation_units_department_id",
                        column: x => x.department_id,
                        principalSchema: "catalogue",
                        principalTable: "organisation_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                schema: "catalogue",
                table: "grading_scales",
                columns: new[] { "id", "code", "name" },
                values: new object[,]
                {
                    { new Guid("7f1c6a0e-0001-4c3b-9d5e-000000000000"), "U_G", "Underkänd/Godkänd (U/G)" },
                    { new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000000"), "U_G_VG", "Underkänd/Godkänd/Väl godkänd (U/G/VG)" },
                    { new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000000"), "U_3_4_5", "Underkänd/3/4/5" },
                    { new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000000"), "A_F", "A–F med Fx (ECTS)" }
                });

            migrationBuilder.InsertData(
                schema: "catalogue",
                table: "grades",
                columns: new[] { "id", "code", "grading_scale_id", "is_passing", "rank" },
                values: new object[,]
                {
                    { new Guid("7f1c6a0e-0001-4c3b-9d5e-000000000001"), "U", new Guid("7f1c6a0e-0001-4c3b-9d5e-000000000000"), false, 0 },
                    { new Guid("7f1c6a0e-0001-4c3b-9d5e-000000000002"), "G", new Guid("7f1c6a0e-0001-4c3b-9d5e-000000000000"), true, 1 },
                    { new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000001"), "U", new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000000"), false, 0 },
                    { new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000002"), "G", new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000000"), true, 1 },
                    { new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000003"), "VG", new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000000"), true, 2 },
                    { new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000001"), "U", new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000000"), false, 0 },
                    { new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000002"), "3", new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000000"), true, 1 },
                    { new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000003"), "4", new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000000"), true, 2 },
                    { new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000004"), "5", new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000000"), true, 3 },
                    { new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000001"), "F", new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000000"), false, 0 },
                    { new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000002"), "Fx", new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000000"), false, 1 },
                    { new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000003"), "E", new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000000"), true, 2 },
                    { new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000004"), "D", new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000000"), true, 3 },
                    { new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000005"), "C", new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000000"), true, 4 },
                    { new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000006"), "B", new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000000"), true, 5 },
                    { new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000007"), "A", new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000000"), true, 6 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_course_modules_course_version_id_code",
                schema: "catalogue",
                table: "course_modules",
                columns: new[] { "course_version_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_course_modules_grading_scale_id",
                schema: "catalogue",
                table: "course_modules",
                column: "grading_scale_id");

            migrationBuilder.CreateIndex(
                name: "ix_course_versions_course_id_number",
                schema: "catalogue",
                table: "course_versions",
                columns: new[] { "course_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_course_versions_grading_scale_id",
                schema: "catalogue",
                table: "course_versions",
                column: "grading_scale_id");

            migrationBuilder.CreateIndex(
                name: "ix_courses_code",
                schema: "catalogue",
                table: "courses",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_courses_department_id",
                schema: "catalogue",
                table: "courses",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_grades_grading_scale_id_code",
                schema: "catalogue",
                table: "grades",
                columns: new[] { "grading_scale_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grading_scales_code",
                schema: "catalogue",
                table: "grading_scales",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_offerings_course_version_id_term_code",
                schema: "catalogue",
                table: "offerings",
                columns: new[] { "course_version_id", "term", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_offerings_department_id",
                schema: "catalogue",
                table: "offerings",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_units_code",
                schema: "catalogue",
                table: "organisation_units",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisation_units_parent_id",
                schema: "catalogue",
                table: "organisation_units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_code",
                schema: "catalogue",
                table: "programmes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programmes_department_id",
                schema: "catalogue",
                table: "programmes",
                column: "department_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "course_modules",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "grades",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "offerings",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "programmes",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "course_versions",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "courses",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "grading_scales",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "organisation_units",
                schema: "catalogue");
        }
    }
}
