using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class FundedFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "financing_form",
                schema: "reporting",
                table: "results",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Ordinary");

            migrationBuilder.AddColumn<string>(
                name: "level",
                schema: "reporting",
                table: "results",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "registration_id",
                schema: "reporting",
                table: "results",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "covers_to",
                schema: "reporting",
                table: "registrations",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "financing_form",
                schema: "reporting",
                table: "registrations",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Ordinary");

            migrationBuilder.AddColumn<string>(
                name: "level",
                schema: "reporting",
                table: "registrations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // Correcting existing data. Each registration covers its own term's share of its offering only (Facts.TermShare):
            // the offering's first term from its start, a later term from its first day (1 January, 1 July), each to the day
            // before the next term, the last term to the offering's end; an offering ending in January ends in its autumn term.
            // The offering's start term is the half-year its start date falls in. A term outside the offering covers nothing.
            // Level, financing form, educational areas, fee-paying terms and credit transfers are not in the read model yet:
            // `reporting rebuild` brings them from the Catalogue and Records (until then every fact counts as ordinary).
            migrationBuilder.Sql("""
                UPDATE reporting.registrations r
                SET covers_from = CASE WHEN t.own < t.first OR t.own > t.last THEN r.start_date WHEN t.own = t.first THEN r.start_date ELSE t.own END,
                    covers_to = CASE WHEN t.own < t.first OR t.own > t.last THEN r.start_date - 1
                                     WHEN t.own = t.last THEN r.end_date
                                     ELSE (t.own + interval '6 months')::date - 1 END
                FROM (
                    SELECT g.registration_id,
                           make_date(substr(g.term, 3)::int, CASE WHEN g.term LIKE 'HT%' THEN 7 ELSE 1 END, 1) AS own,
                           make_date(extract(year FROM g.start_date)::int, CASE WHEN extract(month FROM g.start_date) >= 7 THEN 7 ELSE 1 END, 1) AS first,
                           CASE WHEN extract(month FROM g.end_date) = 1
                                     AND make_date(extract(year FROM g.end_date)::int, 1, 1)
                                         > make_date(extract(year FROM g.start_date)::int, CASE WHEN extract(month FROM g.start_date) >= 7 THEN 7 ELSE 1 END, 1)
                                THEN make_date(extract(year FROM g.end_date)::int - 1, 7, 1)
                                ELSE make_date(extract(year FROM g.end_date)::int, CASE WHEN extract(month FROM g.end_date) >= 7 THEN 7 ELSE 1 END, 1)
                           END AS last
                    FROM reporting.registrations g) t
                WHERE t.registration_id = r.registration_id
                """);

            migrationBuilder.CreateTable(
                name: "course_areas",
                schema: "reporting",
                columns: table => new
                {
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    share = table.Column<decimal>(type: "numeric(4,3)", precision: 4, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_areas", x => new { x.course_id, x.area });
                });

            migrationBuilder.CreateTable(
                name: "fee_paying_terms",
                schema: "reporting",
                columns: table => new
                {
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fee_paying_terms", x => new { x.student_id, x.term });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "course_areas",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "fee_paying_terms",
                schema: "reporting");

            migrationBuilder.DropColumn(
                name: "financing_form",
                schema: "reporting",
                table: "results");

            migrationBuilder.DropColumn(
                name: "level",
                schema: "reporting",
                table: "results");

            migrationBuilder.DropColumn(
                name: "registration_id",
                schema: "reporting",
                table: "results");

            migrationBuilder.DropColumn(
                name: "covers_to",
                schema: "reporting",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "financing_form",
                schema: "reporting",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "level",
                schema: "reporting",
                table: "registrations");
        }
    }
}
