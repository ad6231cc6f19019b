using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoukatsuCare.Messaging.Inbox;
using HoukatsuCare.Messaging.Operations;
using HoukatsuCare.Messaging.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoukatsuCare.Messaging.Tests;

public sealed class IdempotentConsumerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using var host = await MessagingTestHost.StartAsync(database);
        var bus = host.Services.GetRequiredService<IBus>();
        var evt = new ItemRecorded(Guid.NewGuid(), "dup-1", 1) { MunicipalityCode = "282014" };
        var marker = new ItemRecorded(Guid.NewGuid(), "dup-1", 2) { MunicipalityCode = "282014" };

        await bus.Publish(evt, context => context.MessageId = evt.EventId);
        await bus.Publish(evt, context => context.MessageId = evt.EventId);
        await bus.Publish(marker, context => context.MessageId = marker.EventId);
        await Eventually.TrueAsync(() => Task.FromResult(host.Probe.Handled.ContainsKey(evt.EventId) && host.Probe.Handled.ContainsKey(marker.EventId)),
            Patience, "both consumed");
        await Task.Delay(TimeSpan.FromSeconds(1)); // time for the second copy to be handled, were it not deduplicated

        await using var db = MessagingTestHost.CreateContext(database);
        Assert.Equal(1, await db.Effects.CountAsync(e => e.EventId == evt.EventId));
        Assert.Equal(1, await db.Set<InboxMessage>().CountAsync(m => m.MessageId == evt.EventId));
        Assert.Equal(1, host.Probe.Handled[evt.EventId]);
    }

    [Fact]
    public async Task A_failing_consumer_is_retried_then_error_queued_and_replay_consumes_it()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using var host = await MessagingTestHost.StartAsync(database);
        var bus = host.Services.GetRequiredService<IBus>();
        var evt = new ItemRejected(Guid.NewGuid()) { MunicipalityCode = "282014" };
        var queue = host.Services.GetRequiredService<ErrorQueueRegistry>().Queues.Single(q => q.EndsWith("failing", StringComparison.Ordinal));
        using var client = host.CreateClient();

        await bus.Publish(evt, context => context.MessageId = evt.EventId);

        // one attempt and two retries (test intervals), then the error queue
        JsonElement listed = default;
        await Eventually.TrueAsync(async () =>
        {
            var body = await client.GetFromJsonAsync<JsonElement>("/ops/messaging/errors");
            listed = body.GetProperty("queues").EnumerateArray().Single(q => q.GetProperty("queue").GetString() == queue);
            return listed.GetProperty("depth").GetUInt32() == 1;
        }, Patience, "message in the error queue");
        Assert.Equal(3, host.Probe.Attempts[evt.EventId]);
        var message = listed.GetProperty("messages").EnumerateArray().Single();
        Assert.Equal(queue + "_error", listed.GetProperty("errorQueue").GetString());
        Assert.Equal(evt.EventId.ToString(), message.GetProperty("messageId").GetString());
        Assert.Equal("在庫システムが応答しません (test)", message.GetProperty("exceptionMessage").GetString());
        Assert.Equal("System.InvalidOperationException", message.GetProperty("exceptionType").GetString());
        Assert.Contains("ItemRejected", message.GetProperty("messageType").GetString());
        await using (var db = MessagingTestHost.CreateContext(database))
        {
            // every failed attempt rolled back, inbox row included
            Assert.Equal(0, await db.Effects.CountAsync(e => e.EventId == evt.EventId));
            Assert.Equal(0, await db.Set<InboxMessage>().CountAsync(m => m.MessageId == evt.EventId));
        }

        host.Probe.Failing = false;
        var replay = await client.PostAsync($"/ops/messaging/errors/{queue}/replay", null);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());

        await using var check = MessagingTestHost.CreateContext(database);
        await Eventually.TrueAsync(async () => await check.Effects.CountAsync(e => e.EventId == evt.EventId) == 1, Patience, "replayed message consumed");
        var after = await client.GetFromJsonAsync<JsonElement>("/ops/messaging/errors");
        Assert.Equal(0u, after.GetProperty("queues").EnumerateArray().Single(q => q.GetProperty("queue").GetString() == queue).GetProperty("depth").GetUInt32());
    }

    [Fact]
    public async Task Replaying_a_queue_that_is_not_ours_is_a_404_problem()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using var host = await MessagingTestHost.StartAsync(database, consumers: false);
        using var client = host.CreateClient();

        var response = await client.PostAsync("/ops/messaging/errors/someone-elses-queue/replay", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
