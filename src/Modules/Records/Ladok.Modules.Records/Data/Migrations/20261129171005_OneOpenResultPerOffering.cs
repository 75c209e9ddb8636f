using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Records.Data.Migrations
{
    /// <inheritdoc />
    public partial class OneOpenResultPerOffering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_results_one_open_per_module",
                schema: "records",
                table: "results");

            migrationBuilder.CreateIndex(
                name: "ix_results_one_open_per_module",
                schema: "records",
                table: "results",
                columns: new[] { "student_id", "offering_id", "module_id" },
                unique: true,
                filter: "offering_id IS NOT NULL AND status IN ('Draft', 'Ready', 'Rejected')")
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_results_one_open_per_module",
                schema: "records",
                table: "results");

            migrationBuilder.CreateIndex(
                name: "ix_results_one_open_per_module",
                schema: "records",
                table: "results",
                columns: new[] { "registration_id", "module_id" },
                unique: true,
                filter: "registration_id IS NOT NULL AND status IN ('Draft', 'Ready', 'Rejected')")
                .Annotation("Npgsql:NullsDistinct", false);
        }
    }
}
