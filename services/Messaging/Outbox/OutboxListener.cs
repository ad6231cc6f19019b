using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HoukatsuCare.Messaging.Outbox;

/// <summary>
/// Holds one connection to the service's database with <c>LISTEN</c> on the outbox channel and wakes the relay on every
/// commit that stored events. Reconnects after a database outage, waking the relay once to catch up.
/// </summary>
internal sealed partial class OutboxListener<TContext>(IServiceScopeFactory scopes, OutboxSignal signal, ILogger<OutboxListener<TContext>> logger)
    : BackgroundService where TContext : DbContext
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                // the context's own connection: it knows the data source and its credentials
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Set();
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxSql.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                signal.Set();
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(KeepAlive, stoppingToken))
                    {
                        // quiet for a while: make sure the connection is still alive, else reconnect
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogListenFailed(logger, e.Message);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox LISTEN connection lost ({Reason}); the relay polls until it is back")]
    private static partial void LogListenFailed(ILogger logger, string reason);
}
