using HoukatsuCare.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Messaging;

public static class MessagingModel
{
    /// <summary>Adds the outbox and inbox tables to a service's own model, so they share its transactions.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).UseIdentityAlwaysColumn();
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.Property(m => m.MessageType).HasMaxLength(300);
            outbox.Property(m => m.AggregateId).HasMaxLength(200);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(128);
            // the relay's hot query: what is still to publish, in order
            outbox.HasIndex(m => m.Sequence).HasFilter("published_at IS NULL").HasDatabaseName("ix_outbox_messages_unpublished");
        });
        return modelBuilder;
    }
}
