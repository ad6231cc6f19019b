using HoukatsuCare.Contracts;
using HoukatsuCare.Messaging.External;
using HoukatsuCare.Messaging.Operations;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HoukatsuCare.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// Integration events for a service whose database is <typeparamref name="TContext"/>:
    /// MassTransit 8.5 on the RabbitMQ named <c>messaging</c> (<c>ConnectionStrings:messaging</c>, an amqp:// URI) with
    /// message retry then the <c>_error</c> queue on every endpoint; the transactional outbox relay (section
    /// <c>Messaging:Relay</c>); the external feed (section <c>ExternalFeed</c>); the operators' endpoints
    /// <c>/ops/messaging/errors</c>; the <c>HoukatsuCare.Messaging</c> meter; and the bus and outbox checks in /health.
    /// </summary>
    /// <param name="configureConsumers">Register consumers here (e.g. <c>bus.AddConsumer&lt;CaseOpenedConsumer&gt;()</c>);
    /// derive them from <see cref="Inbox.IdempotentConsumer{TMessage, TContext}"/>.</param>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ServiceNames.Messaging);
        if (string.IsNullOrWhiteSpace(connectionString) || !Uri.TryCreate(connectionString, UriKind.Absolute, out var uri))
        {
            throw new StartupException(
                "RabbitMQ の接続文字列がありません: ConnectionStrings__messaging に amqp://user:password@host:port/ を設定してください。");
        }

        var settings = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection(MessagingOptions.Section));
        var serviceName = ServiceName(builder.Environment.ApplicationName);
        builder.Services.Configure<ExternalFeedOptions>(builder.Configuration.GetSection(ExternalFeedOptions.Section));
        builder.Services.PostConfigure<ExternalFeedOptions>(feed => feed.Source ??= $"/houkatsucare/{serviceName}");

        var retryIntervals = settings.RetryIntervals is { Length: > 0 } given ? given : MessagingOptions.DefaultRetryIntervals;
        var errorQueues = new ErrorQueueRegistry();
        builder.Services.AddSingleton(errorQueues);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(settings.EndpointPrefix, includeNamespace: false));
            bus.AddConfigureEndpointsCallback((_, queueName, endpoint) =>
            {
                // MassTransit may call back more than once for one endpoint: retry is configured once
                if (errorQueues.Add(queueName))
                {
                    endpoint.UseMessageRetry(retry => retry.Intervals(retryIntervals));
                }
            });
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(uri);
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddSingleton(_ => new RabbitMqConnection(uri, $"{serviceName} (messaging operations)"));
        builder.Services.AddSingleton<ExternalFeedPublisher>();
        builder.Services.AddHostedService<ExternalTopologyProvisioner>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxPublisher>();
        if (settings.Relay.Enabled)
        {
            builder.Services.AddHostedService<OutboxListener<TContext>>();
            builder.Services.AddHostedService<OutboxRelay<TContext>>();
        }

        builder.Services.AddSingleton<ErrorQueueBrowser>();
        builder.Services.AddSingleton<MessagingMetrics>();
        builder.Services.AddSingleton<MessagingMonitor<TContext>>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MessagingMonitor<TContext>>());
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck<TContext>>("messaging-outbox", tags: ["ready", "messaging"]);
        builder.Services.AddSingleton<IEndpointContributor, ErrorQueueEndpoints>();
        return builder;
    }

    /// <summary><c>HoukatsuCare.Meetings</c> → <c>meetings</c>.</summary>
    private static string ServiceName(string applicationName) =>
        applicationName.Replace("HoukatsuCare.", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
