using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.Infrastructure;

public sealed class DementiaSupportDbContext(DbContextOptions<DementiaSupportDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DementiaSupportDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddIdempotencyRecords();
    }
}
