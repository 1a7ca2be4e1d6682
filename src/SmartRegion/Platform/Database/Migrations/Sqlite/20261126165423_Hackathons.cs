using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Platform.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Hackathons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Hackathons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    FieldKeys = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    SubmissionDeadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TeamSizeMin = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamSizeMax = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultsPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hackathons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HackathonChallenges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HackathonId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OwnerOrganisation = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    OwnerContactId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HackathonChallenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HackathonChallenges_Hackathons_HackathonId",
                        column: x => x.HackathonId,
                        principalTable: "Hackathons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HackathonRegistrations",
                columns: table => new
                {
                    HackathonId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HackathonRegistrations", x => new { x.HackathonId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_HackathonRegistrations_Hackathons_HackathonId",
                        column: x => x.HackathonId,
                        principalTable: "Hackathons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HackathonChallengeDatastreams",
                columns: table => new
                {
                    ChallengeId = table.Column<int>(type: "INTEGER", nullable: false),
                    DatastreamId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HackathonChallengeDatastreams", x => new { x.ChallengeId, x.DatastreamId });
                    table.ForeignKey(
                        name: "FK_HackathonChallengeDatastreams_HackathonChallenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "HackathonChallenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HackathonTeams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HackathonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ChallengeId = table.Column<int>(type: "INTEGER", nullable: true),
                    MemberCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HackathonTeams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HackathonTeams_HackathonChallenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "HackathonChallenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_HackathonTeams_Hackathons_HackathonId",
                        column: x => x.HackathonId,
                        principalTable: "Hackathons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HackathonSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HackathonId = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RepositoryUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DemoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Award = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    JuryStatement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HackathonSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HackathonSubmissions_HackathonTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "HackathonTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HackathonTeamMembers",
                columns: table => new
                {
                    HackathonId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HackathonTeamMembers", x => new { x.HackathonId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_HackathonTeamMembers_HackathonTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "HackathonTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HackathonChallenges_HackathonId_SortOrder",
                table: "HackathonChallenges",
                columns: new[] { "HackathonId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_HackathonChallenges_OwnerContactId",
                table: "HackathonChallenges",
                column: "OwnerContactId");

            migrationBuilder.CreateIndex(
                name: "IX_HackathonRegistrations_AccountId",
                table: "HackathonRegistrations",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Hackathons_AreaId",
                table: "Hackathons",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Hackathons_StartsAt",
                table: "Hackathons",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_HackathonSubmissions_HackathonId",
                table: "HackathonSubmissions",
                column: "HackathonId");

            migrationBuilder.CreateIndex(
                name: "IX_HackathonSubmissions_TeamId",
                table: "HackathonSubmissions",
                column: "TeamId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HackathonTeamMembers_AccountId",
                table: "HackathonTeamMembers",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_HackathonTeamMembers_TeamId",
                table: "HackathonTeamMembers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_HackathonTeams_ChallengeId",
                table: "HackathonTeams",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_HackathonTeams_HackathonId_Name",
                table: "HackathonTeams",
                columns: new[] { "HackathonId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HackathonChallengeDatastreams");

            migrationBuilder.DropTable(
                name: "HackathonRegistrations");

            migrationBuilder.DropTable(
                name: "HackathonSubmissions");

            migrationBuilder.DropTable(
                name: "HackathonTeamMembers");

            migrationBuilder.DropTable(
                name: "HackathonTeams");

            migrationBuilder.DropTable(
                name: "HackathonChallenges");

            migrationBuilder.DropTable(
                name: "Hackathons");
        }
    }
}
