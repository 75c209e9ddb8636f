using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClosedYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "closed_years",
                schema: "reporting",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_closed_years", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "frozen_area_figures",
                schema: "reporting",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    hst = table.Column<decimal>(type: "numeric", nullable: false),
                    hpr = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_frozen_area_figures", x => new { x.year, x.department_id, x.course_code, x.area });
                    table.ForeignKey(
                        name: "fk_frozen_area_figures_closed_years_year",
                        column: x => x.year,
                        principalSchema: "reporting",
                        principalTable: "closed_years",
                        principalColumn: "year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "frozen_figures",
                schema: "reporting",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    hst = table.Column<decimal>(type: "numeric", nullable: false),
                    hpr = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_frozen_figures", x => new { x.year, x.department_id, x.course_code });
                    table.ForeignKey(
                        name: "fk_frozen_figures_closed_years_year",
                        column: x => x.year,
                        principalSchema: "reporting",
                        principalTable: "closed_years",
                        principalColumn: "year",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "frozen_area_figures",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "frozen_figures",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "closed_years",
                schema: "reporting");
        }
    }
}
