using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Records.Data.Migrations
{
    /// <inheritdoc />
    public partial class SelfRegistration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "fee_paid_on",
                schema: "records",
                table: "fee_paying_terms",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "suspensions",
                schema: "records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suspensions", x => x.id);
                    table.CheckConstraint("ck_suspensions_period", "\"to\" >= \"from\"");
                    table.ForeignKey(
                        name: "fk_suspensions_students_student_id",
                        column: x => x.student_id,
                        principalSchema: "records",
                        principalTable: "students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_suspensions_student_id_from",
                schema: "records",
                table: "suspensions",
                columns: new[] { "student_id", "from" });

            // Data: a fee-paying term the student is already registered in was paid before the studies began (the fee ordinance
            // 2010:543 has the fee paid first), so it is recorded as paid on the day of the term's first registration; other
            // fee-paying terms stay unpaid until an administrator records the payment.
            migrationBuilder.Sql("""
                UPDATE records.fee_paying_terms f
                SET fee_paid_on = paid.first_registered
                FROM (SELECT r.student_id, r.term, min(r.registered_at)::date AS first_registered
                      FROM records.registrations r
                      WHERE r.withdrawn_on IS NULL
                      GROUP BY r.student_id, r.term) paid
                WHERE paid.student_id = f.student_id AND paid.term = f.term;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "suspensions",
                schema: "records");

            migrationBuilder.DropColumn(
                name: "fee_paid_on",
                schema: "records",
                table: "fee_paying_terms");
        }
    }
}
