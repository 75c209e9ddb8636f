using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class Transcripts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "issued_transcripts",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    verification_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issued_transcripts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_issued_transcripts_student_id",
                schema: "reporting",
                table: "issued_transcripts",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "ix_issued_transcripts_verification_code",
                schema: "reporting",
                table: "issued_transcripts",
                column: "verification_code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "issued_transcripts",
                schema: "reporting");
        }
    }
}
