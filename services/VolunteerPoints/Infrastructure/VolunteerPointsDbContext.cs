using HoukatsuCare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.VolunteerPoints.Infrastructure;

public sealed class VolunteerPointsDbContext(DbContextOptions<VolunteerPointsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}
