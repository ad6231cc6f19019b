using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.VolunteerPoints.Infrastructure;

public sealed class VolunteerPointsDbContext(DbContextOptions<VolunteerPointsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VolunteerPointsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddIdempotencyRecords();
    }
}
