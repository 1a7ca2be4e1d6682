using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ObservationStreamIdIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_sta_observations_datastream_id_id",
                table: "sta_observations",
                columns: new[] { "datastream_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_sta_observations_multi_datastream_id_id",
                table: "sta_observations",
                columns: new[] { "multi_datastream_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sta_observations_datastream_id_id",
                table: "sta_observations");

            migrationBuilder.DropIndex(
                name: "IX_sta_observations_multi_datastream_id_id",
                table: "sta_observations");
        }
    }
}
