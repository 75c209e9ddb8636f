using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Catalogue.Data.Migrations
{
    /// <inheritdoc />
    public partial class CourseSubjectGroup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "subject_group",
                schema: "catalogue",
                table: "courses",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "subject_group",
                schema: "catalogue",
                table: "courses");
        }
    }
}
