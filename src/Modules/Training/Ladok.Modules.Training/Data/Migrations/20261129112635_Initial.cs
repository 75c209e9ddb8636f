using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Training.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "training");

            migrationBuilder.CreateTable(
                name: "trainings",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    profile_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    valid_for_months = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainings", x => x.id);
                    table.CheckConstraint("ck_trainings_valid_for_months", "valid_for_months IS NULL OR valid_for_months > 0");
                });

            migrationBuilder.CreateTable(
                name: "completions",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    training_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_completions", x => x.id);
                    table.CheckConstraint("ck_completions_expiry", "expires_on IS NULL OR expires_on > completed_on");
                    table.ForeignKey(
                        name: "fk_completions_trainings_training_id",
                        column: x => x.training_id,
                        principalSchema: "training",
                        principalTable: "trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    training_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.CheckConstraint("ck_sessions_capacity", "capacity > 0");
                    table.CheckConstraint("ck_sessions_times", "ends_at > starts_at");
                    table.ForeignKey(
                        name: "fk_sessions_trainings_training_id",
                        column: x => x.training_id,
                        principalSchema: "training",
                        principalTable: "trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enrolments",
                schema: "training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "fk_enrolments_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "training",
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_completions_training_id_user_id_completed_on",
                schema: "training",
                table: "completions",
                columns: new[] { "training_id", "user_id", "completed_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_completions_user_id",
                schema: "training",
                table: "completions",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_session_id_user_id",
                schema: "training",
                table: "enrolments",
                columns: new[] { "session_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_user_id",
                schema: "training",
                table: "enrolments",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_training_id_starts_at",
                schema: "training",
                table: "sessions",
                columns: new[] { "training_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_trainings_code",
                schema: "training",
                table: "trainings",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "completions",
                schema: "training");

            migrationBuilder.DropTable(
                name: "enrolments",
                schema: "training");

            migrationBuilder.DropTable(
                name: "sessions",
                schema: "training");

            migrationBuilder.DropTable(
                name: "trainings",
                schema: "training");
        }
    }
}
