using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Catalogue.Data.Migrations
{
    /// <inheritdoc />
    public partial class GradingScaleNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "name_en",
                schema: "catalogue",
                table: "grading_scales",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "name",
                schema: "catalogue",
                table: "grades",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0001-4c3b-9d5e-000000000001"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0001-4c3b-9d5e-000000000002"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000001"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000002"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000003"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000001"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000002"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000003"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000004"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000001"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000002"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000003"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000004"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000005"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000006"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grades",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000007"),
                column: "name",
                value: null);

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grading_scales",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0001-4c3b-9d5e-000000000000"),
                column: "name_en",
                value: "Fail/Pass (U/G)");

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grading_scales",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0002-4c3b-9d5e-000000000000"),
                column: "name_en",
                value: "Fail/Pass/Pass with distinction (U/G/VG)");

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grading_scales",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0003-4c3b-9d5e-000000000000"),
                column: "name_en",
                value: "Fail/3/4/5");

            migrationBuilder.UpdateData(
                schema: "catalogue",
                table: "grading_scales",
                keyColumn: "id",
                keyValue: new Guid("7f1c6a0e-0004-4c3b-9d5e-000000000000"),
                column: "name_en",
                value: "A–F with Fx (ECTS)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "name_en",
                schema: "catalogue",
                table: "grading_scales");

            migrationBuilder.DropColumn(
                name: "name",
                schema: "catalogue",
                table: "grades");
        }
    }
}
