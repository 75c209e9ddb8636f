using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Catalogue.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfferingStudyFormAndPlace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "place",
                schema: "catalogue",
                table: "offerings",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "study_form",
                schema: "catalogue",
                table: "offerings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Campus");

            // Correcting existing data: through the defaults above every existing offering is on campus (normal studieform) with
            // no place (studieort), until a study administrator says otherwise with updateOffering; then `reporting rebuild`
            // carries both into SCB's records (docs/reports.md).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "place",
                schema: "catalogue",
                table: "offerings");

            migrationBuilder.DropColumn(
                name: "study_form",
                schema: "catalogue",
                table: "offerings");
        }
    }
}
