using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HoukatsuCare.DementiaSupport.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DementiaPrograms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    caller_center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    endpoint = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "caravan_mates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    affiliation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_caravan_mates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consultation_days",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    daily_life_area_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    partners = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    consultations = table.Column<int>(type: "integer", nullable: true),
                    referred_onward = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_days", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dementia_cafes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    daily_life_area_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    @operator = table.Column<string>(name: "operator", type: "character varying(200)", maxLength: 200, nullable: false),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    schedule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    partner_organizations = table.Column<string>(type: "jsonb", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dementia_cafes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "family_programs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    daily_life_area_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    theme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    partner_organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    participants = table.Column<int>(type: "integer", nullable: false),
                    early_onset = table.Column<bool>(type: "boolean", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_family_programs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "initial_support_referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    daily_life_area_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reasons = table.Column<string[]>(type: "text[]", nullable: false),
                    referred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    intervention_started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initial_support_referrals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "orange_teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    daily_life_area_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    @base = table.Column<string>(name: "base", type: "character varying(200)", maxLength: 200, nullable: true),
                    formed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    disbanded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    life_support_coordinator_ids = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orange_teams", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "promoter_consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    daily_life_area_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    consulted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    consulter = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    topics = table.Column<string[]>(type: "text[]", nullable: false),
                    early_onset = table.Column<bool>(type: "boolean", nullable: false),
                    promoter_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_promoter_consultations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supporter_courses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    daily_life_area_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    requesting_organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    instructor_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    participants = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supporter_courses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cafe_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cafe_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    daily_life_area_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    program = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    attendance = table.Column<string>(type: "jsonb", nullable: false),
                    attendance_total = table.Column<int>(type: "integer", nullable: false),
                    helpers = table.Column<string>(type: "jsonb", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cafe_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_cafe_sessions_cafes_cafe_id",
                        column: x => x.cafe_id,
                        principalTable: "dementia_cafes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referral_liaisons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    contacted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_liaisons", x => x.id);
                    table.ForeignKey(
                        name: "fk_referral_liaisons_initial_support_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "initial_support_referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orange_team_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    people_supported = table.Column<int>(type: "integer", nullable: false),
                    members_taking_part = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orange_team_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_orange_team_activities_orange_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "orange_teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orange_team_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    supporter_course_id = table.Column<Guid>(type: "uuid", nullable: true),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orange_team_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_orange_team_members_orange_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "orange_teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_municipality_code_at",
                table: "audit_records",
                columns: new[] { "municipality_code", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_person_id_at",
                table: "audit_records",
                columns: new[] { "person_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_cafe_sessions_cafe_id_held_on",
                table: "cafe_sessions",
                columns: new[] { "cafe_id", "held_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cafe_sessions_municipality_code_held_on",
                table: "cafe_sessions",
                columns: new[] { "municipality_code", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_caravan_mates_municipality_code_registered_on",
                table: "caravan_mates",
                columns: new[] { "municipality_code", "registered_on" });

            migrationBuilder.CreateIndex(
                name: "ix_consultation_days_municipality_code_daily_life_area_id_held",
                table: "consultation_days",
                columns: new[] { "municipality_code", "daily_life_area_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_dementia_cafes_municipality_code_center_id",
                table: "dementia_cafes",
                columns: new[] { "municipality_code", "center_id" });

            migrationBuilder.CreateIndex(
                name: "ix_family_programs_municipality_code_held_on",
                table: "family_programs",
                columns: new[] { "municipality_code", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_initial_support_referrals_case_id",
                table: "initial_support_referrals",
                column: "case_id",
                unique: true,
                filter: "stage <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "ix_initial_support_referrals_municipality_code_referred_on",
                table: "initial_support_referrals",
                columns: new[] { "municipality_code", "referred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_orange_team_activities_municipality_code_on",
                table: "orange_team_activities",
                columns: new[] { "municipality_code", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_orange_team_activities_team_id_on",
                table: "orange_team_activities",
                columns: new[] { "team_id", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_orange_team_members_team_id",
                table: "orange_team_members",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_orange_teams_municipality_code_center_id",
                table: "orange_teams",
                columns: new[] { "municipality_code", "center_id" });

            migrationBuilder.CreateIndex(
                name: "ix_promoter_consultations_municipality_code_consulted_on",
                table: "promoter_consultations",
                columns: new[] { "municipality_code", "consulted_on" });

            migrationBuilder.CreateIndex(
                name: "ix_referral_liaisons_referral_id_contacted_on",
                table: "referral_liaisons",
                columns: new[] { "referral_id", "contacted_on" });

            migrationBuilder.CreateIndex(
                name: "ix_supporter_courses_center_id_held_on",
                table: "supporter_courses",
                columns: new[] { "center_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_supporter_courses_municipality_code_held_on",
                table: "supporter_courses",
                columns: new[] { "municipality_code", "held_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_records");

            migrationBuilder.DropTable(
                name: "cafe_sessions");

            migrationBuilder.DropTable(
                name: "caravan_mates");

            migrationBuilder.DropTable(
                name: "consultation_days");

            migrationBuilder.DropTable(
                name: "family_programs");

            migrationBuilder.DropTable(
                name: "orange_team_activities");

            migrationBuilder.DropTable(
                name: "orange_team_members");

            migrationBuilder.DropTable(
                name: "promoter_consultations");

            migrationBuilder.DropTable(
                name: "referral_liaisons");

            migrationBuilder.DropTable(
                name: "supporter_courses");

            migrationBuilder.DropTable(
                name: "dementia_cafes");

            migrationBuilder.DropTable(
                name: "orange_teams");

            migrationBuilder.DropTable(
                name: "initial_support_referrals");
        }
    }
}
