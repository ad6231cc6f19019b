using System.Text;
using System.Text.Json;
using HoukatsuCare.Contracts.Events;
using HoukatsuCare.Meetings.Infrastructure;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.Messaging.Tests.Support;
using HoukatsuCare.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace HoukatsuCare.Messaging.Tests;

/// <summary>The 医師会's view: a plain AMQP client (no MassTransit) on its provisioned queue, checked against the AsyncAPI document.</summary>
public sealed class ExternalFeedTests
{
    [Fact]
    public async Task A_plain_amqp_subscriber_reads_a_meeting_event_that_satisfies_the_asyncapi_schema()
    {
        var subscriber = $"ishikai-test-{Guid.NewGuid():N}"[..21];
        var queue = $"houkatsu.external.{subscriber}";
        var settings = await ServiceFactory<Program>.SettingsAsync("meetingsdb");
        settings["Messaging:EndpointPrefix"] = subscriber;
        settings[$"ExternalFeed:Subscribers:{subscriber}:Bindings:0"] = "meetings.#";
        settings[$"ExternalFeed:Subscribers:{subscriber}:Bindings:1"] = "consultations.#";
        await using var meetings = new ServiceFactory<Program>(settings);
        _ = meetings.Server; // starts the service: migrations, relay, topology
        try
        {
            await using var connection = await new ConnectionFactory { Uri = await TestServers.RabbitMqAsync() }.CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync();
            await Eventually.TrueAsync(async () => await QueueExistsAsync(connection, queue), TimeSpan.FromSeconds(30), "subscriber queue provisioned");

            var scheduled = new MeetingScheduled(
                Guid.NewGuid(), "chiiki-care-kobetsu", "地域ケア個別会議 (第3回)", "西宮市中央地域包括支援センター",
                new DateTimeOffset(2026, 12, 4, 14, 0, 0, TimeSpan.FromHours(9)), new DateTimeOffset(2026, 12, 4, 15, 30, 0, TimeSpan.FromHours(9)),
                "市役所東館 8 階", "center-chuo", "area-01") { MunicipalityCode = "282049" };
            // an internal event with the same subscriber binding: it must not leave the system
            var internalOnly = new ConsultationCaseOpened(Guid.NewGuid(), "center-chuo", "area-01", ["kaigo"], "phone", "normal") { MunicipalityCode = "282049" };
            await using (var scope = meetings.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
                db.AddIntegrationEvent(internalOnly, internalOnly.CaseId.ToString());
                db.AddIntegrationEvent(scheduled, scheduled.MeetingId.ToString());
                await db.SaveChangesAsync();
            }

            BasicGetResult? got = null;
            await Eventually.TrueAsync(async () => (got = await channel.BasicGetAsync(queue, autoAck: true)) is not null, TimeSpan.FromSeconds(30), "meeting event in the subscriber queue");

            Assert.StartsWith("application/cloudevents+json", got!.BasicProperties.ContentType);
            Assert.Equal("meetings.meeting.scheduled", got.RoutingKey);
            Assert.Equal(scheduled.EventId.ToString(), HeaderText(got, "cloudEvents:id"));
            using var body = JsonDocument.Parse(got.Body);
            var root = body.RootElement;
            Assert.False(root.TryGetProperty("messageType", out _), "no MassTransit envelope");
            Assert.Equal(scheduled.EventId.ToString(), root.GetProperty("id").GetString());
            Assert.Equal("/houkatsucare/meetings", root.GetProperty("source").GetString());
            Assert.Equal(scheduled.MeetingId.ToString(), root.GetProperty("subject").GetString());
            Assert.Equal("地域ケア個別会議 (第3回)", root.GetProperty("data").GetProperty("title").GetString());

            var contract = AsyncApiDocument.Load();
            var missing = contract.MissingRequired("MeetingScheduled", root);
            Assert.True(missing.Count == 0, $"missing required fields: {string.Join(", ", missing)}");
            Assert.Equal(contract.TypeConstant("MeetingScheduled"), root.GetProperty("type").GetString());

            // both were stored in one transaction and published in one batch: had the internal event gone out, it would be here by now
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.Null(await channel.BasicGetAsync(queue, autoAck: true));
        }
        finally
        {
            await MessagingTestHost.DeleteQueuesAsync([queue]);
        }
    }

    [Fact]
    public void The_asyncapi_document_describes_every_external_event_in_the_contracts()
    {
        var contract = AsyncApiDocument.Load();
        var external = typeof(MeetingScheduled).Assembly.GetTypes()
            .Select(t => (Type: t, Attribute: (ExternalEventAttribute?)Attribute.GetCustomAttribute(t, typeof(ExternalEventAttribute))))
            .Where(x => x.Attribute is not null)
            .ToList();

        Assert.NotEmpty(external);
        foreach (var (type, attribute) in external)
        {
            Assert.Equal(attribute!.RoutingKey, contract.ChannelAddress(type.Name));
            Assert.Equal(ExternalFeedTypePrefix + attribute.RoutingKey, contract.TypeConstant(type.Name));
        }
    }

    private const string ExternalFeedTypePrefix = "jp.houkatsucare.";

    private static string? HeaderText(BasicGetResult got, string name) =>
        got.BasicProperties.Headers?.TryGetValue(name, out var value) == true && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;

    private static async Task<bool> QueueExistsAsync(IConnection connection, string queue)
    {
        await using var probe = await connection.CreateChannelAsync();
        try
        {
            await probe.QueueDeclarePassiveAsync(queue);
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false;
        }
    }
}
