using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.LifeSupport.Infrastructure;

public sealed class LifeSupportDbContext(DbContextOptions<LifeSupportDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LifeSupportDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddIdempotencyRecords();
    }
}
