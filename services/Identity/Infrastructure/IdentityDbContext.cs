using HoukatsuCare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Identity.Infrastructure;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}
