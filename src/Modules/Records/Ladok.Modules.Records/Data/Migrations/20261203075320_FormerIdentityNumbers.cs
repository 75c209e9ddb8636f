using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Records.Data.Migrations
{
    /// <inheritdoc />
    public partial class FormerIdentityNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "former_identity_numbers",
                schema: "records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    identity_number = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    replaced_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    replaced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_former_identity_numbers", x => x.id);
                    table.CheckConstraint("ck_former_identity_numbers_identity_number", "length(identity_number) = 12");
                    table.ForeignKey(
                        name: "fk_former_identity_numbers_students_student_id",
                        column: x => x.student_id,
                        principalSchema: "records",
                        principalTable: "students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_former_identity_numbers_identity_number",
                schema: "records",
                table: "former_identity_numbers",
                column: "identity_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_former_identity_numbers_student_id",
                schema: "records",
                table: "former_identity_numbers",
                column: "student_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "former_identity_numbers",
                schema: "records");
        }
    }
}
