using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.Messaging.Operations;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace HoukatsuCare.Messaging.Tests.Support;

/// <summary>
/// A service host in the test process (ServiceDefaults + AddMessaging on <see cref="TestDbContext"/>) against the real
/// PostgreSQL and RabbitMQ, with short retry and poll intervals. Its queues get a unique prefix and are deleted on dispose.
/// </summary>
public sealed class MessagingTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private readonly bool keepQueues;

    private MessagingTestHost(WebApplication app, bool keepQueues)
    {
        this.app = app;
        this.keepQueues = keepQueues;
    }

    /// <summary>A queue-name prefix of its own, so the host's queues are not shared with another test's.</summary>
    public static string NewPrefix() => $"t{Guid.NewGuid():N}"[..9];

    public IServiceProvider Services => app.Services;

    public ConsumerProbe Probe => app.Services.GetRequiredService<ConsumerProbe>();

    /// <summary>A client calling as <paramref name="caller"/> (default: a platform operator); <c>null</c> sends no token.</summary>
    public HttpClient CreateClient(TestCaller? caller = null, bool anonymous = false)
    {
        var client = app.GetTestClient();
        if (!anonymous)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(caller ?? TestCaller.Operator));
        }
        return client;
    }

    /// <summary>A fresh database with the test schema (the messaging tables and the NOTIFY trigger, as a migration makes them).</summary>
    public static async Task<string> NewDatabaseAsync()
    {
        var connectionString = await TestDatabase.NewAsync("messaging_tests");
        await using var db = CreateContext(connectionString);
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync(OutboxSql.CreateNotifyTrigger);
        return connectionString;
    }

    public static TestDbContext CreateContext(string connectionString) =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);

    public static async Task<MessagingTestHost> StartAsync(
        string connectionString,
        Uri? broker = null,
        bool relay = true,
        bool consumers = true,
        IDictionary<string, string?>? settings = null,
        string? prefix = null,
        bool keepQueues = false)
    {
        broker ??= await TestServers.RabbitMqAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ApplicationName = typeof(MessagingTestHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker.ToString(),
            ["Messaging:EndpointPrefix"] = prefix ?? NewPrefix(),
            ["Messaging:RetryIntervals:0"] = "00:00:00.050",
            ["Messaging:RetryIntervals:1"] = "00:00:00.050",
            ["Messaging:Relay:Enabled"] = relay.ToString(),
            ["Messaging:Relay:PollInterval"] = "00:00:01",
            ["Messaging:Relay:MinBackoff"] = "00:00:00.100",
            ["Messaging:Relay:MaxBackoff"] = "00:00:01",
            ["Messaging:Relay:PublishTimeout"] = "00:00:03",
            ["Messaging:MonitorInterval"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in TestTokens.Settings().Concat(settings ?? new Dictionary<string, string?>()))
        {
            configuration[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddServiceDefaults();
        builder.AddDefaultAuthentication();
        builder.Services.AddDbContext<TestDbContext>(options => options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention());
        builder.Services.AddSingleton<ConsumerProbe>();
        builder.AddMessaging<TestDbContext>(bus =>
        {
            if (consumers)
            {
                bus.AddConsumer<ItemRecordedConsumer>();
                bus.AddConsumer<FailingConsumer>();
            }
        });
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        var host = new MessagingTestHost(app, keepQueues);
        await host.WaitForBusAsync();
        return host;
    }

    private async Task WaitForBusAsync()
    {
        var bus = app.Services.GetRequiredService<IBusControl>();
        await Eventually.TrueAsync(() => Task.FromResult(bus.CheckHealth().Status == BusHealthStatus.Healthy), TimeSpan.FromSeconds(30), "bus healthy");
    }

    /// <summary>Stores items with their events in one transaction per call, as a service's unit of work does.</summary>
    public async Task<List<ItemRecorded>> RecordItemsAsync(string aggregateKey, int count, int startNumber = 0)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        var events = new List<ItemRecorded>();
        for (var i = 0; i < count; i++)
        {
            var item = new Item { Id = Guid.NewGuid(), Number = startNumber + i };
            db.Items.Add(item);
            var evt = new ItemRecorded(item.Id, aggregateKey, item.Number) { MunicipalityCode = "282014" };
            db.AddIntegrationEvent(evt, aggregateKey);
            events.Add(evt);
        }
        await db.SaveChangesAsync();
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        var queues = app.Services.GetRequiredService<ErrorQueueRegistry>().Queues;
        await app.StopAsync();
        await app.DisposeAsync();
        if (keepQueues)
        {
            return;
        }
        await DeleteQueuesAsync(queues.SelectMany(q => new[] { q, q + ErrorQueueRegistry.ErrorSuffix, q + "_skipped" }));
    }

    public static async Task DeleteQueuesAsync(IEnumerable<string> queues)
    {
        var factory = new ConnectionFactory { Uri = await TestServers.RabbitMqAsync() };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var queue in queues)
        {
            await channel.QueueDeleteAsync(queue);
        }
    }
}
