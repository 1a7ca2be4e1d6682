using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WipMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Measures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    FieldKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TitleDe = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DescriptionDe = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ResponsibleBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BudgetEuro = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mail = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "MeasureIdeas",
                columns: table => new
                {
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdeaId = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LinkedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureIdeas", x => new { x.MeasureId, x.IdeaId });
                    table.ForeignKey(
                        name: "FK_MeasureIdeas_Ideas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "Ideas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeasureIdeas_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExplanationDe = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExplanationEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ChangedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureStatusChanges_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureSurveys",
                columns: table => new
                {
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureSurveys", x => new { x.MeasureId, x.SurveyId });
                    table.ForeignKey(
                        name: "FK_MeasureSurveys_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureIdeas_IdeaId",
                table: "MeasureIdeas",
                column: "IdeaId");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_AreaId_UpdatedAt",
                table: "Measures",
                columns: new[] { "AreaId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_UpdatedAt",
                table: "Measures",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureStatusChanges_MeasureId_At",
                table: "MeasureStatusChanges",
                columns: new[] { "MeasureId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeasureIdeas");

            migrationBuilder.DropTable(
                name: "MeasureStatusChanges");

            migrationBuilder.DropTable(
                name: "MeasureSurveys");

            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropTable(
                name: "Measures");
        }
    }
}
