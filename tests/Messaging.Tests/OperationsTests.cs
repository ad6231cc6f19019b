using System.Net.Http.Json;
using System.Text.Json;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.Messaging.Tests.Support;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Messaging.Tests;

public sealed class OperationsTests
{
    [Fact]
    public async Task Health_is_degraded_with_the_backlog_in_its_data_when_undelivered_events_grow_old()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        // no relay: nothing is delivered, as when the broker has been away for long
        await using var host = await MessagingTestHost.StartAsync(database, relay: false, consumers: false, settings: new Dictionary<string, string?>
        {
            ["Messaging:DegradedAfter"] = "00:00:01",
        });
        using var client = host.CreateClient();

        var fresh = await OutboxEntryAsync(client);
        Assert.Equal("Healthy", fresh.GetProperty("status").GetString());
        Assert.Equal(0, fresh.GetProperty("data").GetProperty("backlog").GetInt64());

        await host.RecordItemsAsync("old-1", count: 2);
        await Task.Delay(TimeSpan.FromMilliseconds(1500));

        var old = await OutboxEntryAsync(client);
        Assert.Equal("Degraded", old.GetProperty("status").GetString());
        Assert.Equal(2, old.GetProperty("data").GetProperty("backlog").GetInt64());
        Assert.True(old.GetProperty("data").GetProperty("oldestUndeliveredAgeSeconds").GetDouble() >= 1);
    }

    [Fact]
    public async Task Backlog_oldest_age_and_error_queue_depth_are_exported_as_metrics()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using var host = await MessagingTestHost.StartAsync(database, relay: false);
        using var client = host.CreateClient();
        await host.RecordItemsAsync("metrics-1", count: 3);

        string metrics = string.Empty;
        await Eventually.TrueAsync(async () =>
        {
            metrics = await client.GetStringAsync("/metrics");
            return Value(metrics, "houkatsu_outbox_backlog") == 3;
        }, TimeSpan.FromSeconds(20), "backlog of 3 exported");
        Assert.True(Value(metrics, "houkatsu_outbox_oldest_undelivered_age_seconds") > 0);
        Assert.Equal(0, Value(metrics, "houkatsu_messaging_error_queue_depth"));
    }

    [Fact]
    public async Task Delivered_rows_are_pruned_after_the_retention_period()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using var host = await MessagingTestHost.StartAsync(database, settings: new Dictionary<string, string?>
        {
            ["Messaging:Relay:Retention"] = "00:00:03",
            ["Messaging:Relay:PruneInterval"] = "00:00:00.200",
        });
        var events = await host.RecordItemsAsync("prune-1", count: 2);
        await Eventually.TrueAsync(() => Task.FromResult(events.All(e => host.Probe.Handled.ContainsKey(e.EventId))), TimeSpan.FromSeconds(30), "delivered");

        await using var db = MessagingTestHost.CreateContext(database);
        // marked, and kept while within retention
        await Eventually.TrueAsync(async () => await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt != null) == 2, TimeSpan.FromSeconds(2), "rows marked published");
        await Eventually.TrueAsync(async () => await db.Set<OutboxMessage>().CountAsync() == 0, TimeSpan.FromSeconds(20), "delivered rows pruned");
    }

    [Fact]
    public async Task Error_queues_are_for_operators_only()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using var host = await MessagingTestHost.StartAsync(database, relay: false, consumers: false);
        using var anonymous = host.CreateClient(anonymous: true);
        using var staff = host.CreateClient(new TestCaller("staff-1", "132110", "kodaira-chuo", HoukatsuRoles.Staff));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/ops/messaging/errors")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await staff.GetAsync("/ops/messaging/errors")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await staff.PostAsync("/ops/messaging/errors/any/replay", null)).StatusCode);
    }

    [Fact]
    public async Task Listing_error_queues_with_a_bad_limit_is_a_400_problem_naming_the_field()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        await using var host = await MessagingTestHost.StartAsync(database, relay: false, consumers: false);
        using var client = host.CreateClient();

        var response = await client.GetAsync("/ops/messaging/errors?limit=0");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
    }

    private static async Task<JsonElement> OutboxEntryAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("entries").GetProperty("messaging-outbox");
    }

    /// <summary>The value of a metric in Prometheus text format (first series), or null when absent.</summary>
    private static double? Value(string exposition, string metric)
    {
        var line = exposition.Split('\n').FirstOrDefault(l => l.StartsWith(metric, StringComparison.Ordinal) && (l.Length > metric.Length && (l[metric.Length] == ' ' || l[metric.Length] == '{')));
        return line is null ? null : double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
