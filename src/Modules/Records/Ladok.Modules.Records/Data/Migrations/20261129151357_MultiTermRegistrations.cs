using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Records.Data.Migrations
{
    /// <inheritdoc />
    public partial class MultiTermRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_registrations_student_id_offering_id",
                schema: "records",
                table: "registrations");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_student_id_offering_id_term",
                schema: "records",
                table: "registrations",
                columns: new[] { "student_id", "offering_id", "term" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_registrations_student_id_offering_id_term",
                schema: "records",
                table: "registrations");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_student_id_offering_id",
                schema: "records",
                table: "registrations",
                columns: new[] { "student_id", "offering_id" },
                unique: true);
        }
    }
}
