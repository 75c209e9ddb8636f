using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuthorityReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "grade",
                schema: "reporting",
                table: "results",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "module_code",
                schema: "reporting",
                table: "results",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "term",
                schema: "reporting",
                table: "registrations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "exports",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    row_count = table.Column<int>(type: "integer", nullable: false),
                    exported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    exported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_term",
                schema: "reporting",
                table: "registrations",
                column: "term");

            migrationBuilder.CreateIndex(
                name: "ix_exports_exported_at",
                schema: "reporting",
                table: "exports",
                column: "exported_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exports",
                schema: "reporting");

            migrationBuilder.DropIndex(
                name: "ix_registrations_term",
                schema: "reporting",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "grade",
                schema: "reporting",
                table: "results");

            migrationBuilder.DropColumn(
                name: "module_code",
                schema: "reporting",
                table: "results");

            migrationBuilder.DropColumn(
                name: "term",
                schema: "reporting",
                table: "registrations");
        }
    }
}
