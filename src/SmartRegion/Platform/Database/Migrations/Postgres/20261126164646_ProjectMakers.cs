using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SmartRegion.Platform.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProjectMakers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProjectMakerProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(90)", maxLength: 90, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FieldKeys = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    SkillsSought = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SkillsOffered = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectMakerProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectMakerProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProfileId = table.Column<int>(type: "integer", nullable: false),
                    Slug = table.Column<string>(type: "character varying(90)", maxLength: 90, nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Summary = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FieldKeys = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    Links = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PublicEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectMakerProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectMakerProjects_ProjectMakerProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "ProjectMakerProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectSupportRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProfileId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    InternalNote = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: true),
                    HandledBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectSupportRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectSupportRequests_ProjectMakerProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "ProjectMakerProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectSupportRequests_ProjectMakerProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ProjectMakerProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMakerProfiles_AccountId",
                table: "ProjectMakerProfiles",
                column: "AccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMakerProfiles_AreaId",
                table: "ProjectMakerProfiles",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMakerProfiles_Slug",
                table: "ProjectMakerProfiles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMakerProjects_AreaId",
                table: "ProjectMakerProjects",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMakerProjects_ProfileId",
                table: "ProjectMakerProjects",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMakerProjects_Slug",
                table: "ProjectMakerProjects",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSupportRequests_AreaId_Status",
                table: "ProjectSupportRequests",
                columns: new[] { "AreaId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSupportRequests_ProfileId",
                table: "ProjectSupportRequests",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSupportRequests_ProjectId",
                table: "ProjectSupportRequests",
                column: "ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectSupportRequests");

            migrationBuilder.DropTable(
                name: "ProjectMakerProjects");

            migrationBuilder.DropTable(
                name: "ProjectMakerProfiles");
        }
    }
}
