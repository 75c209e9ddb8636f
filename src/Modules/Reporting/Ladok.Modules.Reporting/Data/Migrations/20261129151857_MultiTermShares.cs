using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class MultiTermShares : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "covers_from",
                schema: "reporting",
                table: "registrations",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "offering_id",
                schema: "reporting",
                table: "registrations",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Until `reporting rebuild` fills in the offerings, each registration stands alone and covers its whole offering, as before.
            migrationBuilder.Sql("UPDATE reporting.registrations SET covers_from = start_date, offering_id = registration_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "covers_from",
                schema: "reporting",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "offering_id",
                schema: "reporting",
                table: "registrations");
        }
    }
}
