using HoukatsuCare.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Messaging.Tests.Support;

/// <summary>A service's database in miniature: one domain table beside the messaging tables.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Item> Items => Set<Item>();

    /// <summary>What consumers did: one row per handled message (the effect the inbox must keep single).</summary>
    public DbSet<Effect> Effects => Set<Effect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Item>().ToTable("items");
        modelBuilder.Entity<Effect>().ToTable("effects");
        modelBuilder.AddMessagingTables();
    }
}

public sealed class Item
{
    public Guid Id { get; set; }

    public int Number { get; set; }
}

public sealed class Effect
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public required string Consumer { get; set; }
}

/// <summary>A test-only event; its exchange is not shared with any service.</summary>
public sealed record ItemRecorded(Guid ItemId, string AggregateKey, int Number) : IntegrationEvent;

/// <summary>Consumed by <see cref="FailingConsumer"/>, which throws while told to.</summary>
public sealed record ItemRejected(Guid ItemId) : IntegrationEvent;
