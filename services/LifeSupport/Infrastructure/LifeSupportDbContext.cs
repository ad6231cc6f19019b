using HoukatsuCare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.LifeSupport.Infrastructure;

public sealed class LifeSupportDbContext(DbContextOptions<LifeSupportDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}
