using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Clients;
using HoukatsuCare.Consultations.Notes;
using HoukatsuCare.Consultations.Plans;
using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Consultations.Infrastructure;

public sealed class ConsultationsDbContext(DbContextOptions<ConsultationsDbContext> options) : DbContext(options)
{
    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ConsultationCase> Cases => Set<ConsultationCase>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<SupportPlan> SupportPlans => Set<SupportPlan>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsultationsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddIdempotencyRecords();
        modelBuilder.AddAuditRecords("client_id");
    }
}
