using HoukatsuCare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.Infrastructure;

public sealed class DementiaSupportDbContext(DbContextOptions<DementiaSupportDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}
