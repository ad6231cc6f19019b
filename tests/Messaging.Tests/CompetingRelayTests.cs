using System.Collections.Concurrent;
using System.Text.Json;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.Messaging.Tests.Support;
using HoukatsuCare.TestSupport;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace HoukatsuCare.Messaging.Tests;

public sealed class CompetingRelayTests
{
    [Fact]
    public async Task Two_relays_with_several_workers_each_publish_each_row_once_in_order_per_aggregate()
    {
        // a plain queue on MassTransit's exchange for the event type sees every publish, duplicates included
        var exchange = $"{typeof(ItemRecorded).Namespace}:{nameof(ItemRecorded)}";
        var queue = $"competing-relays-{Guid.NewGuid():N}";
        var factory = new ConnectionFactory { Uri = await TestServers.RabbitMqAsync() };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue, exchange, string.Empty);
        var seen = new ConcurrentQueue<(Guid Id, string Aggregate, int Number)>();
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            var message = envelope.RootElement.GetProperty("message");
            seen.Enqueue((message.GetProperty("eventId").GetGuid(), message.GetProperty("aggregateKey").GetString()!, message.GetProperty("number").GetInt32()));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);

        var database = await MessagingTestHost.NewDatabaseAsync();
        // small batches and three workers per relay: six claimers compete for the same aggregates
        var small = new Dictionary<string, string?> { ["Messaging:Relay:BatchSize"] = "7", ["Messaging:Relay:Workers"] = "3" };
        await using var first = await MessagingTestHost.StartAsync(database, consumers: false, settings: small);
        await using var second = await MessagingTestHost.StartAsync(database, consumers: false, settings: small);

        const int aggregates = 8, perAggregate = 25;
        var writes = Enumerable.Range(0, aggregates).Select(async a =>
        {
            var writer = a % 2 == 0 ? first : second;
            var events = new List<ItemRecorded>();
            for (var n = 0; n < perAggregate; n += 5)
            {
                events.AddRange(await writer.RecordItemsAsync($"agg-{a}", count: 5, startNumber: n));
            }
            return events;
        });
        var raised = (await Task.WhenAll(writes)).SelectMany(e => e).ToList();

        await Eventually.TrueAsync(() => Task.FromResult(seen.Count >= raised.Count), TimeSpan.FromSeconds(60), "every row published");
        await Task.Delay(TimeSpan.FromSeconds(1)); // room for a duplicate to show

        var deliveries = seen.ToList();
        Assert.Equal(raised.Count, deliveries.Count);
        Assert.Equal(raised.Select(e => e.EventId).Order(), deliveries.Select(d => d.Id).Order());
        foreach (var aggregate in deliveries.GroupBy(d => d.Aggregate))
        {
            Assert.Equal(Enumerable.Range(0, perAggregate), aggregate.Select(d => d.Number));
        }
        await using var db = MessagingTestHost.CreateContext(database);
        Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null));
    }
}
