using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SmartRegion.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FundedPilots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ApplicationId",
                table: "FundingAttachments",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "ReportId",
                table: "FundingAttachments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FundingPilots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    CallId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    GrantedAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StopReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Milestones = table.Column<string>(type: "text", nullable: false),
                    BudgetPlan = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingPilots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingPilots_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FundingPilots_FundingCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "FundingCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundingPilotFields",
                columns: table => new
                {
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    FieldKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingPilotFields", x => new { x.PilotId, x.FieldKey });
                    table.ForeignKey(
                        name: "FK_FundingPilotFields_FundingPilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "FundingPilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingPilotKpis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    DatastreamId = table.Column<long>(type: "bigint", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingPilotKpis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingPilotKpis_FundingPilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "FundingPilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingPilotMembers",
                columns: table => new
                {
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsLead = table.Column<bool>(type: "boolean", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingPilotMembers", x => new { x.PilotId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_FundingPilotMembers_FundingPilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "FundingPilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingPilotReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Narrative = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Milestones = table.Column<string>(type: "text", nullable: false),
                    Spending = table.Column<string>(type: "text", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingPilotReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingPilotReports_FundingPilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "FundingPilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingPilotResults",
                columns: table => new
                {
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    FieldKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingPilotResults", x => new { x.PilotId, x.FieldKey });
                    table.ForeignKey(
                        name: "FK_FundingPilotResults_FundingPilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "FundingPilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FundingAttachments_ReportId",
                table: "FundingAttachments",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilotFields_FieldKey",
                table: "FundingPilotFields",
                column: "FieldKey");

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilotKpis_PilotId_DatastreamId",
                table: "FundingPilotKpis",
                columns: new[] { "PilotId", "DatastreamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilotMembers_AccountId",
                table: "FundingPilotMembers",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilotReports_PilotId_Kind",
                table: "FundingPilotReports",
                columns: new[] { "PilotId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilotReports_SubmittedAt_DueOn",
                table: "FundingPilotReports",
                columns: new[] { "SubmittedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilotResults_FieldKey",
                table: "FundingPilotResults",
                column: "FieldKey");

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilots_ApplicationId",
                table: "FundingPilots",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilots_AreaId",
                table: "FundingPilots",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingPilots_CallId",
                table: "FundingPilots",
                column: "CallId");

            migrationBuilder.AddForeignKey(
                name: "FK_FundingAttachments_FundingPilotReports_ReportId",
                table: "FundingAttachments",
                column: "ReportId",
                principalTable: "FundingPilotReports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FundingAttachments_FundingPilotReports_ReportId",
                table: "FundingAttachments");

            migrationBuilder.DropTable(
                name: "FundingPilotFields");

            migrationBuilder.DropTable(
                name: "FundingPilotKpis");

            migrationBuilder.DropTable(
                name: "FundingPilotMembers");

            migrationBuilder.DropTable(
                name: "FundingPilotReports");

            migrationBuilder.DropTable(
                name: "FundingPilotResults");

            migrationBuilder.DropTable(
                name: "FundingPilots");

            migrationBuilder.DropIndex(
                name: "IX_FundingAttachments_ReportId",
                table: "FundingAttachments");

            migrationBuilder.DropColumn(
                name: "ReportId",
                table: "FundingAttachments");

            migrationBuilder.AlterColumn<int>(
                name: "ApplicationId",
                table: "FundingAttachments",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
