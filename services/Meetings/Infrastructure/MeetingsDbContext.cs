using HoukatsuCare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Meetings.Infrastructure;

public sealed class MeetingsDbContext(DbContextOptions<MeetingsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}
