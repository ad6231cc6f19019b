using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HoukatsuCare.Messaging.Outbox;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace HoukatsuCare.Messaging.External;

/// <summary>
/// Publishes an external event to the <c>houkatsu.external</c> topic exchange as a structured-mode CloudEvent
/// (plain JSON, no MassTransit envelope), with the attributes also as <c>cloudEvents:*</c> AMQP headers
/// (the AMQP binding's names), persistent, awaiting the broker's publisher confirm.
/// Declares the exchange and the configured subscribers' durable queues whenever it opens a channel.
/// </summary>
internal sealed class ExternalFeedPublisher(RabbitMqConnection rabbit, IOptions<ExternalFeedOptions> options) : IAsyncDisposable
{
    public const string TypePrefix = "jp.houkatsucare.";
    public const string ContentType = "application/cloudevents+json; charset=utf-8";

    private readonly SemaphoreSlim gate = new(1, 1);
    private IChannel? channel;

    private ExternalFeedOptions Options => options.Value;

    public async Task PublishAsync(OutboxRow row, string routingKey, CancellationToken cancellationToken)
    {
        var type = TypePrefix + routingKey;
        var time = row.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = row.MessageId.ToString(),
            ["source"] = Options.Source,
            ["type"] = type,
            ["time"] = time,
            ["subject"] = row.AggregateId,
            ["datacontenttype"] = "application/json",
            ["data"] = JsonNode.Parse(row.Payload),
        };
        var properties = new BasicProperties
        {
            ContentType = ContentType,
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = row.MessageId.ToString(),
            Type = type,
            Timestamp = new AmqpTimestamp(row.OccurredAt.ToUnixTimeSeconds()),
            Headers = new Dictionary<string, object?>
            {
                ["cloudEvents:specversion"] = "1.0",
                ["cloudEvents:id"] = row.MessageId.ToString(),
                ["cloudEvents:source"] = Options.Source,
                ["cloudEvents:type"] = type,
                ["cloudEvents:time"] = time,
                ["cloudEvents:subject"] = row.AggregateId,
                ["cloudEvents:datacontenttype"] = "application/json",
            },
        };
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(JsonOptions));

        await gate.WaitAsync(cancellationToken);
        try
        {
            var open = await ChannelAsync(cancellationToken);
            try
            {
                // with confirmation tracking on, this returns once the broker has confirmed (throws on a nack)
                await open.BasicPublishAsync(Options.Exchange, routingKey, mandatory: false, properties, bytes, cancellationToken);
            }
            catch
            {
                await CloseChannelAsync();
                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Declares the exchange and the subscribers' queues and bindings (idempotent).</summary>
    public async Task DeclareTopologyAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await ChannelAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (channel is { IsOpen: true })
        {
            return channel;
        }
        await CloseChannelAsync();
        var opened = await rabbit.CreateChannelAsync(publisherConfirms: true, cancellationToken);
        await opened.ExchangeDeclareAsync(Options.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var (name, subscriber) in Options.Subscribers)
        {
            var queue = Options.QueueName(name);
            await opened.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
            foreach (var binding in subscriber.Bindings)
            {
                await opened.QueueBindAsync(queue, Options.Exchange, binding, cancellationToken: cancellationToken);
            }
        }
        channel = opened;
        return opened;
    }

    private async Task CloseChannelAsync()
    {
        if (channel is not null)
        {
            try
            {
                await channel.DisposeAsync();
            }
            catch (Exception)
            {
                // a channel of a dead connection may fail to close; it is gone either way
            }
            channel = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseChannelAsync();
        gate.Dispose();
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
