using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SensorThings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sta_features",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    encoding_type = table.Column<string>(type: "TEXT", nullable: false),
                    feature = table.Column<string>(type: "TEXT", nullable: false),
                    min_x = table.Column<double>(type: "REAL", nullable: true),
                    min_y = table.Column<double>(type: "REAL", nullable: true),
                    max_x = table.Column<double>(type: "REAL", nullable: true),
                    max_y = table.Column<double>(type: "REAL", nullable: true),
                    properties = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_features", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sta_locations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    encoding_type = table.Column<string>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", nullable: false),
                    min_x = table.Column<double>(type: "REAL", nullable: true),
                    min_y = table.Column<double>(type: "REAL", nullable: true),
                    max_x = table.Column<double>(type: "REAL", nullable: true),
                    max_y = table.Column<double>(type: "REAL", nullable: true),
                    properties = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_locations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sta_observed_properties",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    definition = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    properties = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_observed_properties", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sta_sensors",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    encoding_type = table.Column<string>(type: "TEXT", nullable: false),
                    metadata = table.Column<string>(type: "TEXT", nullable: false),
                    properties = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_sensors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sta_things",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    properties = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_things", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sta_datastreams",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    unit_of_measurement = table.Column<string>(type: "TEXT", nullable: false),
                    observation_type = table.Column<string>(type: "TEXT", nullable: false),
                    observed_area = table.Column<string>(type: "TEXT", nullable: true),
                    phenomenon_time_start = table.Column<long>(type: "INTEGER", nullable: true),
                    phenomenon_time_end = table.Column<long>(type: "INTEGER", nullable: true),
                    result_time_start = table.Column<long>(type: "INTEGER", nullable: true),
                    result_time_end = table.Column<long>(type: "INTEGER", nullable: true),
                    properties = table.Column<string>(type: "TEXT", nullable: true),
                    thing_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sensor_id = table.Column<long>(type: "INTEGER", nullable: false),
                    observed_property_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_datastreams", x => x.id);
                    table.ForeignKey(
                        name: "FK_sta_datastreams_sta_observed_properties_observed_property_id",
                        column: x => x.observed_property_id,
                        principalTable: "sta_observed_properties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sta_datastreams_sta_sensors_sensor_id",
                        column: x => x.sensor_id,
                        principalTable: "sta_sensors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sta_datastreams_sta_things_thing_id",
                        column: x => x.thing_id,
                        principalTable: "sta_things",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sta_historical_locations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    thing_id = table.Column<long>(type: "INTEGER", nullable: false),
                    time = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_historical_locations", x => x.id);
                    table.ForeignKey(
                        name: "FK_sta_historical_locations_sta_things_thing_id",
                        column: x => x.thing_id,
                        principalTable: "sta_things",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sta_multi_datastreams",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    unit_of_measurements = table.Column<string>(type: "TEXT", nullable: false),
                    observation_type = table.Column<string>(type: "TEXT", nullable: false),
                    multi_observation_data_types = table.Column<string>(type: "TEXT", nullable: false),
                    observed_area = table.Column<string>(type: "TEXT", nullable: true),
                    phenomenon_time_start = table.Column<long>(type: "INTEGER", nullable: true),
                    phenomenon_time_end = table.Column<long>(type: "INTEGER", nullable: true),
                    result_time_start = table.Column<long>(type: "INTEGER", nullable: true),
                    result_time_end = table.Column<long>(type: "INTEGER", nullable: true),
                    properties = table.Column<string>(type: "TEXT", nullable: true),
                    thing_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sensor_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_multi_datastreams", x => x.id);
                    table.ForeignKey(
                        name: "FK_sta_multi_datastreams_sta_sensors_sensor_id",
                        column: x => x.sensor_id,
                        principalTable: "sta_sensors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sta_multi_datastreams_sta_things_thing_id",
                        column: x => x.thing_id,
                        principalTable: "sta_things",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sta_thing_locations",
                columns: table => new
                {
                    thing_id = table.Column<long>(type: "INTEGER", nullable: false),
                    location_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_thing_locations", x => new { x.thing_id, x.location_id });
                    table.ForeignKey(
                        name: "FK_sta_thing_locations_sta_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "sta_locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sta_thing_locations_sta_things_thing_id",
                        column: x => x.thing_id,
                        principalTable: "sta_things",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sta_historical_location_locations",
                columns: table => new
                {
                    historical_location_id = table.Column<long>(type: "INTEGER", nullable: false),
                    location_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_historical_location_locations", x => new { x.historical_location_id, x.location_id });
                    table.ForeignKey(
                        name: "FK_sta_historical_location_locations_sta_historical_locations_historical_location_id",
                        column: x => x.historical_location_id,
                        principalTable: "sta_historical_locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sta_historical_location_locations_sta_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "sta_locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sta_multi_datastream_observed_properties",
                columns: table => new
                {
                    multi_datastream_id = table.Column<long>(type: "INTEGER", nullable: false),
                    observed_property_id = table.Column<long>(type: "INTEGER", nullable: false),
                    rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_multi_datastream_observed_properties", x => new { x.multi_datastream_id, x.observed_property_id });
                    table.ForeignKey(
                        name: "FK_sta_multi_datastream_observed_properties_sta_multi_datastreams_multi_datastream_id",
                        column: x => x.multi_datastream_id,
                        principalTable: "sta_multi_datastreams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sta_multi_datastream_observed_properties_sta_observed_properties_observed_property_id",
                        column: x => x.observed_property_id,
                        principalTable: "sta_observed_properties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sta_observations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    datastream_id = table.Column<long>(type: "INTEGER", nullable: true),
                    multi_datastream_id = table.Column<long>(type: "INTEGER", nullable: true),
                    phenomenon_time_start = table.Column<long>(type: "INTEGER", nullable: false),
                    phenomenon_time_end = table.Column<long>(type: "INTEGER", nullable: true),
                    result_time = table.Column<long>(type: "INTEGER", nullable: true),
                    result_json = table.Column<string>(type: "TEXT", nullable: false),
                    result_number = table.Column<double>(type: "REAL", nullable: true),
                    result_string = table.Column<string>(type: "TEXT", nullable: true),
                    result_boolean = table.Column<bool>(type: "INTEGER", nullable: true),
                    result_quality = table.Column<string>(type: "TEXT", nullable: true),
                    valid_time_start = table.Column<long>(type: "INTEGER", nullable: true),
                    valid_time_end = table.Column<long>(type: "INTEGER", nullable: true),
                    parameters = table.Column<string>(type: "TEXT", nullable: true),
                    feature_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sta_observations", x => x.id);
                    table.ForeignKey(
                        name: "FK_sta_observations_sta_datastreams_datastream_id",
                        column: x => x.datastream_id,
                        principalTable: "sta_datastreams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sta_observations_sta_features_feature_id",
                        column: x => x.feature_id,
                        principalTable: "sta_features",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sta_observations_sta_multi_datastreams_multi_datastream_id",
                        column: x => x.multi_datastream_id,
                        principalTable: "sta_multi_datastreams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sta_datastreams_observed_property_id",
                table: "sta_datastreams",
                column: "observed_property_id");

            migrationBuilder.CreateIndex(
                name: "IX_sta_datastreams_sensor_id",
                table: "sta_datastreams",
                column: "sensor_id");

            migrationBuilder.CreateIndex(
                name: "IX_sta_datastreams_thing_id",
                table: "sta_datastreams",
                column: "thing_id");

            migrationBuilder.CreateIndex(
                name: "IX_sta_historical_location_locations_location_id",
                table: "sta_historical_location_locations",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "IX_sta_historical_locations_thing_id_time",
                table: "sta_historical_locations",
                columns: new[] { "thing_id", "time" });

            migrationBuilder.CreateIndex(
                name: "IX_sta_multi_datastream_observed_properties_observed_property_id",
                table: "sta_multi_datastream_observed_properties",
                column: "observed_property_id");

            migrationBuilder.CreateIndex(
                name: "IX_sta_multi_datastreams_sensor_id",
                table: "sta_multi_datastreams",
                column: "sensor_id");

            migrationBuilder.CreateIndex(
                name: "IX_sta_multi_datastreams_thing_id",
                table: "sta_multi_datastreams",
                column: "thing_id");

            migrationBuilder.CreateIndex(
                name: "IX_sta_observations_datastream_id_phenomenon_time_start_id",
                table: "sta_observations",
                columns: new[] { "datastream_id", "phenomenon_time_start", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_sta_observations_feature_id",
                table: "sta_observations",
                column: "feature_id");

            migrationBuilder.CreateIndex(
                name: "IX_sta_observations_multi_datastream_id_phenomenon_time_start_id",
                table: "sta_observations",
                columns: new[] { "multi_datastream_id", "phenomenon_time_start", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_sta_thing_locations_location_id",
                table: "sta_thing_locations",
                column: "location_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sta_historical_location_locations");

            migrationBuilder.DropTable(
                name: "sta_multi_datastream_observed_properties");

            migrationBuilder.DropTable(
                name: "sta_observations");

            migrationBuilder.DropTable(
                name: "sta_thing_locations");

            migrationBuilder.DropTable(
                name: "sta_historical_locations");

            migrationBuilder.DropTable(
                name: "sta_datastreams");

            migrationBuilder.DropTable(
                name: "sta_features");

            migrationBuilder.DropTable(
                name: "sta_multi_datastreams");

            migrationBuilder.DropTable(
                name: "sta_locations");

            migrationBuilder.DropTable(
                name: "sta_observed_properties");

            migrationBuilder.DropTable(
                name: "sta_sensors");

            migrationBuilder.DropTable(
                name: "sta_things");
        }
    }
}
