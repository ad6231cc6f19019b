using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Meetings.Infrastructure;

public sealed class MeetingsDbContext(DbContextOptions<MeetingsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MeetingsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddIdempotencyRecords();
    }
}
