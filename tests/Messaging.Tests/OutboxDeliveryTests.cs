using System.Diagnostics;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.Messaging.Tests.Support;
using HoukatsuCare.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Messaging.Tests;

public sealed class OutboxDeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Events_written_while_the_broker_is_away_arrive_exactly_once_when_it_is_back()
    {
        var broker = await TestServers.RabbitMqAsync();
        await using var proxy = new TcpProxy(broker.Host, broker.Port);
        var throughProxy = new UriBuilder(broker) { Host = "127.0.0.1", Port = proxy.Port }.Uri;
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using var host = await MessagingTestHost.StartAsync(database, throughProxy);

        proxy.Cut();
        var events = new List<ItemRecorded>();
        for (var i = 0; i < 10; i++)
        {
            // the writes succeed: they only touch PostgreSQL
            events.AddRange(await host.RecordItemsAsync($"item-{i % 3}", count: 3, startNumber: i * 3));
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(host.Probe.Handled);
        await using (var db = MessagingTestHost.CreateContext(database))
        {
            Assert.Equal(30, await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null));
        }

        proxy.Restore();
        var ids = events.Select(e => e.EventId).ToHashSet();
        await Eventually.TrueAsync(() => Task.FromResult(ids.All(host.Probe.Handled.ContainsKey)), Patience, "all 30 events consumed");
        await Task.Delay(TimeSpan.FromSeconds(1)); // a duplicate would arrive now

        await using var check = MessagingTestHost.CreateContext(database);
        var effects = await check.Effects.Where(e => ids.Contains(e.EventId)).GroupBy(e => e.EventId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(30, effects.Count);
        Assert.All(effects, count => Assert.Equal(1, count));
        Assert.Equal(0, await check.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null));
    }

    [Fact]
    public async Task An_event_committed_before_the_service_died_is_delivered_after_restart()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        List<ItemRecorded> events;
        // the first instance commits and dies before its relay publishes anything; its durable queue stays
        var prefix = MessagingTestHost.NewPrefix();
        await using (var dying = await MessagingTestHost.StartAsync(database, relay: false, prefix: prefix, keepQueues: true))
        {
            events = await dying.RecordItemsAsync("case-1", count: 3);
        }
        await using (var db = MessagingTestHost.CreateContext(database))
        {
            Assert.Equal(3, await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null));
        }

        await using var restarted = await MessagingTestHost.StartAsync(database, prefix: prefix);
        await Eventually.TrueAsync(
            () => Task.FromResult(events.All(e => restarted.Probe.Handled.ContainsKey(e.EventId))), Patience, "events delivered after restart");
        await using var check = MessagingTestHost.CreateContext(database);
        Assert.Equal(0, await check.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null));
        Assert.All(events, e => Assert.Equal(1, restarted.Probe.Handled[e.EventId]));
    }

    [Fact]
    public async Task A_request_its_event_and_the_consumption_are_one_trace()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using var host = await MessagingTestHost.StartAsync(database);

        // as ASP.NET Core starts a sampled request activity
        using var request = new Activity("test request").SetIdFormat(ActivityIdFormat.W3C);
        request.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        request.Start();
        var evt = (await host.RecordItemsAsync("trace-1", count: 1)).Single();
        request.Stop();

        await Eventually.TrueAsync(() => Task.FromResult(host.Probe.TraceIds.ContainsKey(evt.EventId)), Patience, "event consumed");
        Assert.Equal(request.TraceId.ToString(), host.Probe.TraceIds[evt.EventId]);
    }

    [Fact]
    public async Task A_new_event_wakes_the_relay_without_waiting_for_the_poll()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        // a poll of a minute: only the NOTIFY can make delivery prompt
        await using var host = await MessagingTestHost.StartAsync(database, settings: new Dictionary<string, string?>
        {
            ["Messaging:Relay:PollInterval"] = "00:01:00",
        });
        await Task.Delay(TimeSpan.FromSeconds(1)); // the relay has found the outbox empty and sleeps

        var started = Stopwatch.StartNew();
        var evt = (await host.RecordItemsAsync("wake-1", count: 1)).Single();
        await Eventually.TrueAsync(() => Task.FromResult(host.Probe.Handled.ContainsKey(evt.EventId)), TimeSpan.FromSeconds(10), "event consumed");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"delivery took {started.Elapsed}");
    }

    [Fact]
    public async Task A_row_that_cannot_be_published_holds_back_only_its_own_aggregate()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using (var db = MessagingTestHost.CreateContext(database))
        {
            // e.g. a type renamed by a bad deploy
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO outbox_messages (message_id, message_type, payload, aggregate_id, occurred_at, attempts) VALUES ({0}, 'HoukatsuCare.Gone.ItemRecordedV0', '{{}}'::jsonb, 'bad-1', now(), 0)",
                Guid.NewGuid());
        }
        await using var host = await MessagingTestHost.StartAsync(database);
        var blocked = (await host.RecordItemsAsync("bad-1", count: 1)).Single();
        var others = await host.RecordItemsAsync("good-1", count: 3);

        await Eventually.TrueAsync(() => Task.FromResult(others.All(e => host.Probe.Handled.ContainsKey(e.EventId))), Patience, "other aggregates delivered");
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(host.Probe.Handled.ContainsKey(blocked.EventId), "an event published ahead of an earlier one of its aggregate");
        await using var check = MessagingTestHost.CreateContext(database);
        var poison = await check.Set<OutboxMessage>().SingleAsync(m => m.AggregateId == "bad-1" && m.MessageType.StartsWith("HoukatsuCare.Gone"));
        Assert.Null(poison.PublishedAt);
        Assert.True(poison.Attempts >= 1);
        Assert.Contains("Unknown event type", poison.LastError);
    }

    [Fact]
    public async Task Other_aggregates_keep_flowing_behind_more_than_a_batch_of_rows_held_back_by_a_poison_row()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using (var db = MessagingTestHost.CreateContext(database))
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO outbox_messages (message_id, message_type, payload, aggregate_id, occurred_at, attempts) VALUES ({0}, 'HoukatsuCare.Gone.ItemRecordedV0', '{{}}'::jsonb, 'bad-2', now(), 0)",
                Guid.NewGuid());
        }
        await using var host = await MessagingTestHost.StartAsync(database); // its queues exist before anything is published

        // one transaction: 150 rows (the batch is 100) pile up behind the poison row, the other aggregates' rows after them
        var blocked = new List<ItemRecorded>();
        var others = new List<ItemRecorded>();
        await using (var db = MessagingTestHost.CreateContext(database))
        {
            blocked.AddRange(Store(db, "bad-2", 150));
            for (var a = 0; a < 4; a++)
            {
                others.AddRange(Store(db, $"good-{a}", 3));
            }
            await db.SaveChangesAsync();
        }

        await Eventually.TrueAsync(
            () => Task.FromResult(others.All(e => host.Probe.Handled.ContainsKey(e.EventId))), TimeSpan.FromSeconds(20), "other aggregates delivered");
        await using var check = MessagingTestHost.CreateContext(database);
        // the poison row is still retried (parked, not abandoned), and nothing behind it overtakes it
        await Eventually.TrueAsync(
            async () => (await check.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.MessageType.StartsWith("HoukatsuCare.Gone"))).Attempts >= 2,
            TimeSpan.FromSeconds(20), "the poison row retried");
        Assert.DoesNotContain(blocked, e => host.Probe.Handled.ContainsKey(e.EventId));
        Assert.Equal(151, await check.Set<OutboxMessage>().CountAsync(m => m.AggregateId == "bad-2" && m.PublishedAt == null));
    }

    private static List<ItemRecorded> Store(TestDbContext db, string aggregateKey, int count)
    {
        var events = new List<ItemRecorded>();
        for (var i = 0; i < count; i++)
        {
            var item = new Item { Id = Guid.NewGuid(), Number = i };
            db.Items.Add(item);
            var evt = new ItemRecorded(item.Id, aggregateKey, i) { MunicipalityCode = "282014" };
            db.AddIntegrationEvent(evt, aggregateKey);
            events.Add(evt);
        }
        return events;
    }
}
