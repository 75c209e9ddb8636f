using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Catalogue.Data.Migrations
{
    /// <inheritdoc />
    public partial class CourseFunding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "financing_form",
                schema: "catalogue",
                table: "courses",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Ordinary");

            migrationBuilder.CreateTable(
                name: "course_educational_areas",
                schema: "catalogue",
                columns: table => new
                {
                    area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    share = table.Column<decimal>(type: "numeric(4,3)", precision: 4, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_educational_areas", x => new { x.course_id, x.area });
                    table.ForeignKey(
                        name: "fk_course_educational_areas_courses_course_id",
                        column: x => x.course_id,
                        principalSchema: "catalogue",
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Correcting existing data. Every course so far is ordinary (the default above); none is classified yet and the
            // Catalogue holds no subject to classify by, so each is all Other (övrigt) until a study administrator classifies it
            // (docs/domain.md). Then `reporting rebuild` carries the new attributes into the figures.
            migrationBuilder.Sql("""
                INSERT INTO catalogue.course_educational_areas (course_id, area, share)
                SELECT id, 'Other', 1 FROM catalogue.courses
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "course_educational_areas",
                schema: "catalogue");

            migrationBuilder.DropColumn(
                name: "financing_form",
                schema: "catalogue",
                table: "courses");
        }
    }
}
