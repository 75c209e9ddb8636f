using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfferingAttributesForScb : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "pace_percent",
                schema: "reporting",
                table: "registrations",
                type: "integer",
                nullable: false,
                defaultValue: 100);

            migrationBuilder.AddColumn<string>(
                name: "place",
                schema: "reporting",
                table: "registrations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "study_form",
                schema: "reporting",
                table: "registrations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Campus");

            // Correcting existing data: the read model cannot read the Catalogue's offerings, so the defaults above give every
            // registration already here full pace, campus and no place, which is what the Catalogue's own migration gives every
            // existing offering but for pace. `reporting rebuild` after the upgrade brings each offering's pace, study form and
            // place (docs/reports.md).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "pace_percent",
                schema: "reporting",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "place",
                schema: "reporting",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "study_form",
                schema: "reporting",
                table: "registrations");
        }
    }
}
