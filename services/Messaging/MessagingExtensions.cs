using HoukatsuCare.Contracts;
using HoukatsuCare.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HoukatsuCare.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit 8.5 on the RabbitMQ named <c>messaging</c> (<c>ConnectionStrings:messaging</c>, an amqp:// URI).
    /// Its bus health check is part of /health.
    /// </summary>
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

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(uri);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
