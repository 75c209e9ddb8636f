using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Records.Data.Migrations
{
    /// <inheritdoc />
    public partial class StudentPrincipalName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "principal_name",
                schema: "records",
                table: "students",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_students_principal_name",
                schema: "records",
                table: "students",
                column: "principal_name",
                unique: true,
                filter: "principal_name IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_students_principal_name",
                schema: "records",
                table: "students");

            migrationBuilder.DropColumn(
                name: "principal_name",
                schema: "records",
                table: "students");
        }
    }
}
