using System.Globalization;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace HoukatsuCare.Messaging.Operations;

/// <summary>A message MassTransit moved to an error queue after its retries, as operators see it.</summary>
public sealed record ErrorQueueMessage(
    string Queue, string? MessageId, string? MessageType, string? ExceptionType, string? ExceptionMessage, DateTimeOffset? FailedAt);

public sealed record ErrorQueueSummary(string Queue, string ErrorQueue, uint Depth, IReadOnlyList<ErrorQueueMessage> Messages);

/// <summary>
/// Reads and replays MassTransit's <c>{queue}_error</c> queues with plain RabbitMQ.Client.
/// Browsing takes messages without acknowledging them and gives them back (closing the channel requeues them).
/// Replay moves each message back to its original queue (fault headers removed), with a publisher confirm before the ack.
/// </summary>
public sealed class ErrorQueueBrowser(RabbitMqConnection rabbit, ErrorQueueRegistry registry)
{
    private static readonly string[] FaultHeaderPrefixes = ["MT-Fault-", "MT-Reason", "MT-Host-"];

    public async Task<IReadOnlyList<ErrorQueueSummary>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var result = new List<ErrorQueueSummary>();
        foreach (var queue in registry.Queues)
        {
            var errorQueue = queue + ErrorQueueRegistry.ErrorSuffix;
            await using var channel = await rabbit.CreateChannelAsync(publisherConfirms: false, cancellationToken);
            var depth = await DepthAsync(channel, errorQueue, cancellationToken);
            var messages = new List<ErrorQueueMessage>();
            for (var i = 0; depth is > 0 && i < Math.Min(limit, depth.Value); i++)
            {
                var got = await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken);
                if (got is null)
                {
                    break;
                }
                messages.Add(Describe(queue, got));
            }
            // closing the channel without acks returns every message to the queue
            result.Add(new ErrorQueueSummary(queue, errorQueue, depth ?? 0, messages));
        }
        return result;
    }

    /// <summary>Moves the messages in <c>{queue}_error</c> back to <paramref name="queue"/>; returns how many.
    /// Bounded by the depth at the start, so a message that fails again is not replayed twice in one call.</summary>
    public async Task<int> ReplayAsync(string queue, CancellationToken cancellationToken)
    {
        var errorQueue = queue + ErrorQueueRegistry.ErrorSuffix;
        await using var channel = await rabbit.CreateChannelAsync(publisherConfirms: true, cancellationToken);
        var depth = await DepthAsync(channel, errorQueue, cancellationToken) ?? 0;
        var replayed = 0;
        for (var i = 0; i < depth; i++)
        {
            var got = await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken);
            if (got is null)
            {
                break;
            }
            var properties = new BasicProperties(got.BasicProperties)
            {
                Headers = got.BasicProperties.Headers?
                    .Where(h => !FaultHeaderPrefixes.Any(p => h.Key.StartsWith(p, StringComparison.Ordinal)))
                    .ToDictionary(h => h.Key, h => h.Value),
            };
            // the default exchange routes straight to the original queue; confirmed before the error copy is removed
            await channel.BasicPublishAsync(string.Empty, queue, mandatory: false, properties, got.Body, cancellationToken);
            await channel.BasicAckAsync(got.DeliveryTag, multiple: false, cancellationToken);
            replayed++;
        }
        return replayed;
    }

    /// <summary>Messages waiting in every error queue of this host.</summary>
    public async Task<long> TotalDepthAsync(CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var queue in registry.Queues)
        {
            await using var channel = await rabbit.CreateChannelAsync(publisherConfirms: false, cancellationToken);
            total += await DepthAsync(channel, queue + ErrorQueueRegistry.ErrorSuffix, cancellationToken) ?? 0;
        }
        return total;
    }

    /// <summary>The queue's ready-message count, or null when it does not exist (nothing ever failed there).</summary>
    private static async Task<uint?> DepthAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return declared.MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }

    private static ErrorQueueMessage Describe(string queue, BasicGetResult got)
    {
        var headers = got.BasicProperties.Headers;
        var failedAt = DateTimeOffset.TryParse(Header(headers, "MT-Fault-Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : (DateTimeOffset?)null;
        return new ErrorQueueMessage(
            queue,
            got.BasicProperties.MessageId,
            Header(headers, "MT-Fault-MessageType") ?? MessageTypeFromEnvelope(got.Body),
            Header(headers, "MT-Fault-ExceptionType"),
            Header(headers, "MT-Fault-Message"),
            failedAt);
    }

    private static string? Header(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value)
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                null => null,
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            }
            : null;

    private static string? MessageTypeFromEnvelope(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var envelope = JsonDocument.Parse(body);
            return envelope.RootElement.TryGetProperty("messageType", out var types) && types.GetArrayLength() > 0
                ? types[0].GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
