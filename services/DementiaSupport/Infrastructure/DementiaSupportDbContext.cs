using HoukatsuCare.DementiaSupport.Cafes;
using HoukatsuCare.DementiaSupport.CaravanMates;
using HoukatsuCare.DementiaSupport.ConsultationDays;
using HoukatsuCare.DementiaSupport.FamilySupport;
using HoukatsuCare.DementiaSupport.Referrals;
using HoukatsuCare.DementiaSupport.SupporterCourses;
using HoukatsuCare.DementiaSupport.TeamOrange;
using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.Infrastructure;

public sealed class DementiaSupportDbContext(DbContextOptions<DementiaSupportDbContext> options) : DbContext(options)
{
    public DbSet<CaravanMate> CaravanMates => Set<CaravanMate>();

    public DbSet<SupporterCourse> SupporterCourses => Set<SupporterCourse>();

    public DbSet<DementiaCafe> Cafes => Set<DementiaCafe>();

    public DbSet<CafeSession> CafeSessions => Set<CafeSession>();

    public DbSet<ConsultationDay> ConsultationDays => Set<ConsultationDay>();

    public DbSet<InitialSupportReferral> Referrals => Set<InitialSupportReferral>();

    public DbSet<ReferralLiaison> Liaisons => Set<ReferralLiaison>();

    public DbSet<OrangeTeam> OrangeTeams => Set<OrangeTeam>();

    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    public DbSet<TeamActivity> TeamActivities => Set<TeamActivity>();

    public DbSet<FamilyProgram> FamilyPrograms => Set<FamilyProgram>();

    public DbSet<PromoterConsultation> PromoterConsultations => Set<PromoterConsultation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DementiaSupportDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddIdempotencyRecords();
        // the people whose names this service keeps: caravan mates and Team Orange members (reads are audited)
        modelBuilder.AddAuditRecords("person_id");
    }
}
