using HoukatsuCare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Consultations.Infrastructure;

public sealed class ConsultationsDbContext(DbContextOptions<ConsultationsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}
