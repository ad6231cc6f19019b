using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using HoukatsuCare.Contracts.Events;
using HoukatsuCare.Messaging.External;
using MassTransit;

namespace HoukatsuCare.Messaging.Outbox;

/// <summary>
/// Publishes one stored event: through MassTransit to the service consumers (message id = event id, awaiting the
/// broker's publisher confirm), and, for <see cref="ExternalEventAttribute"/> events, to the external feed.
/// The request's trace context is restored first, so the publish and every consumption join the request's trace.
/// </summary>
internal sealed class OutboxPublisher(IBus bus, ExternalFeedPublisher externalFeed)
{
    public async Task PublishAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var type = EventTypes.Resolve(row.MessageType)
            ?? throw new InvalidOperationException($"Unknown event type {row.MessageType} in outbox row {row.Sequence}");
        var message = JsonSerializer.Deserialize(row.Payload, type, OutboxDbContextExtensions.JsonOptions)
            ?? throw new InvalidOperationException($"Outbox row {row.Sequence} holds no event");

        using var activity = StartActivity(row);
        await bus.Publish(message, type, context => context.MessageId = row.MessageId, cancellationToken);
        if (type.GetCustomAttribute<ExternalEventAttribute>() is { } external)
        {
            await externalFeed.PublishAsync(row, external.RoutingKey, cancellationToken);
        }
    }

    private static Activity? StartActivity(OutboxRow row)
    {
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        var activity = MessagingTelemetry.ActivitySource.StartActivity("outbox publish", ActivityKind.Producer, parent);
        if (activity is null && row.TraceParent is not null)
        {
            // nobody samples our source, but MassTransit's own activity still needs the request as its parent
            activity = new Activity("outbox publish").SetParentId(row.TraceParent).Start();
        }
        activity?.SetTag("messaging.message.id", row.MessageId.ToString());
        activity?.SetTag("messaging.message.type", row.MessageType);
        return activity;
    }
}
