using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class ResultExaminationDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "decided_at",
                schema: "reporting",
                table: "results",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateOnly>(
                name: "examined_on",
                schema: "reporting",
                table: "results",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "removed_at",
                schema: "reporting",
                table: "results",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_results_examined_on",
                schema: "reporting",
                table: "results",
                column: "examined_on");

            // Correcting existing data. HPR is placed by the result's examination date (ADR 0019), which the read model did not
            // keep, nor the instants of decisions and removals. Until `reporting rebuild` brings them from Records, a result keeps
            // its decision date as its examination date (the figures stay as they were), and its decision and removal happened
            // at the start of those days in the database's time zone.
            migrationBuilder.Sql("""
                UPDATE reporting.results
                SET examined_on = decided_on, decided_at = decided_on::timestamptz, removed_at = removed_on::timestamptz
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_results_examined_on",
                schema: "reporting",
                table: "results");

            migrationBuilder.DropColumn(
                name: "decided_at",
                schema: "reporting",
                table: "results");

            migrationBuilder.DropColumn(
                name: "examined_on",
                schema: "reporting",
                table: "results");

            migrationBuilder.DropColumn(
                name: "removed_at",
                schema: "reporting",
                table: "results");
        }
    }
}
