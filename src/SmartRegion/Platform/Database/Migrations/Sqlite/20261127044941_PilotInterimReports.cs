using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PilotInterimReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FundingPilotReports_PilotId_Kind",
                table: "FundingPilotReports");

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilotReports_PilotId_Kind_DueOn",
                table: "FundingPilotReports",
                columns: new[] { "PilotId", "Kind", "DueOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FundingPilotReports_PilotId_Kind_DueOn",
                table: "FundingPilotReports");

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilotReports_PilotId_Kind",
                table: "FundingPilotReports",
                columns: new[] { "PilotId", "Kind" },
                unique: true);
        }
    }
}
