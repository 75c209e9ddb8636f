using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Catalogue.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "registration_closes",
                schema: "catalogue",
                table: "offerings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "registration_opens",
                schema: "catalogue",
                table: "offerings",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "registration_closes",
                schema: "catalogue",
                table: "offerings");

            migrationBuilder.DropColumn(
                name: "registration_opens",
                schema: "catalogue",
                table: "offerings");
        }
    }
}
