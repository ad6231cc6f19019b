using System.Collections.Concurrent;
using System.Diagnostics;
using HoukatsuCare.Contracts.Events;
using HoukatsuCare.Messaging;
using HoukatsuCare.Messaging.Inbox;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace HoukatsuCare.Benchmarks.Outbox;

/// <summary>
/// Outbox → consumer: a unit of work commits a row and its event, the relay (woken by NOTIFY) publishes it with a
/// publisher confirm, an idempotent consumer handles it in its own transaction with the inbox row. Latency is from the
/// commit returning to the consumer's commit. Baseline: raw RabbitMQ.Client publish-with-confirm → consume on the same broker.
/// </summary>
public sealed class OutboxScenario : IScenario
{
    public string Name => "outbox";

    public string Description => "commit → relay (publisher confirms) → idempotent consumer, vs raw RabbitMQ.Client publish-with-confirms → consume";

    public async Task<IReadOnlyList<Comparison>> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var product = await ProductAsync(options, cancellationToken);
        var baseline = await BaselineAsync(options, cancellationToken);
        return [new Comparison(product, baseline)];
    }

    private static async Task<Measurement> ProductAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var database = await TestDatabase.NewAsync("bench_outbox");
        await using (var schema = BenchDbContext.Create(database))
        {
            await schema.Database.EnsureCreatedAsync(cancellationToken);
            await schema.Database.ExecuteSqlRawAsync(OutboxSql.CreateNotifyTrigger, cancellationToken);
        }

        var arrivals = new ConcurrentDictionary<Guid, TaskCompletionSource<long>>();
        var prefix = $"bench{Guid.NewGuid():N}"[..12];
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = (await TestServers.RabbitMqAsync()).ToString(),
            ["Messaging:EndpointPrefix"] = prefix,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<BenchDbContext>(o => o.UseNpgsql(database).UseSnakeCaseNamingConvention());
        builder.Services.AddSingleton(arrivals);
        builder.AddMessaging<BenchDbContext>(bus => bus.AddConsumer<BenchConsumer>());
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var bus = host.Services.GetRequiredService<IBusControl>();
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            await Task.Delay(50, cancellationToken);
        }

        async Task<double> OneEvent(int i)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
            var row = new BenchRow { Id = Guid.NewGuid(), Number = i };
            db.Rows.Add(row);
            var evt = new BenchEventRecorded(row.Id, i) { MunicipalityCode = "282014" };
            var arrived = arrivals.GetOrAdd(evt.EventId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
            db.AddIntegrationEvent(evt, $"bench-{i % 64}");
            await db.SaveChangesAsync(cancellationToken);
            var committed = Stopwatch.GetTimestamp();
            var consumed = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return Stopwatch.GetElapsedTime(committed, consumed).TotalMilliseconds;
        }

        await RunLoopAsync(Math.Min(50, options.Operations), options.Concurrency, OneEvent); // warm-up: JIT, pools, queues
        var measurement = await RunLoopAsync(options.Operations, options.Concurrency, OneEvent);
        await host.StopAsync(cancellationToken);
        await DeleteQueuesAsync([$"{prefix}-bench-event-recorded", $"{prefix}-bench-event-recorded_error"]);
        return measurement with { Name = "outbox: commit → relay → consumer" };
    }

    private static async Task<Measurement> BaselineAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = await TestServers.RabbitMqAsync() };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var publisher = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        await using var receiver = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queue = (await receiver.QueueDeclareAsync($"bench-raw-{Guid.NewGuid():N}", durable: true, exclusive: true, autoDelete: true, cancellationToken: cancellationToken)).QueueName;
        var arrivals = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
        var consumer = new AsyncEventingBasicConsumer(receiver);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            arrivals.GetOrAdd(delivery.BasicProperties.MessageId!, NewArrival).TrySetResult(Stopwatch.GetTimestamp());
            await receiver.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await receiver.BasicQosAsync(0, 32, false, cancellationToken);
        await receiver.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);
        var publishGate = new SemaphoreSlim(1, 1);

        async Task<double> OneMessage(int i)
        {
            var id = Guid.NewGuid().ToString();
            var arrived = arrivals.GetOrAdd(id, NewArrival);
            var body = System.Text.Encoding.UTF8.GetBytes($$"""{"eventId":"{{id}}","number":{{i}},"municipalityCode":"282014"}""");
            var started = Stopwatch.GetTimestamp();
            await publishGate.WaitAsync(cancellationToken);
            var confirmed = publisher.BasicPublishAsync(string.Empty, queue, mandatory: false,
                new BasicProperties { MessageId = id, DeliveryMode = DeliveryModes.Persistent, ContentType = "application/json" }, body, cancellationToken);
            publishGate.Release();
            await confirmed;
            var consumed = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return Stopwatch.GetElapsedTime(started, consumed).TotalMilliseconds;
        }

        await RunLoopAsync(Math.Min(50, options.Operations), options.Concurrency, OneMessage);
        var measurement = await RunLoopAsync(options.Operations, options.Concurrency, OneMessage);
        return measurement with { Name = "raw RabbitMQ.Client: publish(confirm) → consume" };
    }

    private static TaskCompletionSource<long> NewArrival<T>(T _) => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Runs <paramref name="count"/> operations on <paramref name="concurrency"/> workers; each reports its own latency.</summary>
    private static async Task<Measurement> RunLoopAsync(int count, int concurrency, Func<int, Task<double>> operation)
    {
        var latencies = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                latencies[i] = await operation(i);
            }
        }));
        total.Stop();
        return Measurement.From("", total.Elapsed, latencies);
    }

    private static async Task DeleteQueuesAsync(IEnumerable<string> queues)
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

public sealed record BenchEventRecorded(Guid RowId, int Number) : IntegrationEvent;

public sealed class BenchRow
{
    public Guid Id { get; set; }

    public int Number { get; set; }
}

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    public DbSet<BenchRow> Rows => Set<BenchRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BenchRow>().ToTable("bench_rows");
        modelBuilder.AddMessagingTables();
    }

    public static BenchDbContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<BenchDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);
}

/// <summary>Does what a real consumer does (its transaction with the inbox row) and tells the benchmark when it committed.</summary>
public sealed class BenchConsumer(BenchDbContext db, ConcurrentDictionary<Guid, TaskCompletionSource<long>> arrivals)
    : IdempotentConsumer<BenchEventRecorded, BenchDbContext>(db)
{
    protected override Task HandleAsync(BenchEventRecorded message, ConsumeContext<BenchEventRecorded> context, CancellationToken cancellationToken)
    {
        var eventId = message.EventId;
        // after the base class commits: the effect is durable when the clock stops
        context.ReceiveContext.ReceiveCompleted.ContinueWith(
            _ => arrivals.GetOrAdd(eventId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(Stopwatch.GetTimestamp()),
            TaskScheduler.Default);
        return Task.CompletedTask;
    }
}
