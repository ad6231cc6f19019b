using HoukatsuCare.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HoukatsuCare.ServiceDefaults.Data;

/// <summary>
/// Applies pending migrations while the host starts, before Kestrel accepts a request.
/// A PostgreSQL advisory lock makes two instances starting together take turns; the second finds nothing to do.
/// Waits a short while for a database that is still starting, then fails with one actionable line.
/// </summary>
internal sealed partial class DatabaseMigrator<TContext>(IServiceProvider services, string connectionName, string connectionString, NpgsqlDataSource dataSource)
    : IHostedService where TContext : DbContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILogger<DatabaseMigrator<TContext>>>();
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            try
            {
                await MigrateAsync(cancellationToken);
                return;
            }
            catch (PostgresException e) when (e.SqlState == "3D000" && DateTimeOffset.UtcNow < deadline)
            {
                await CreateDatabaseAsync(cancellationToken);
            }
            catch (Exception e) when (IsUnreachable(e) && DateTimeOffset.UtcNow < deadline)
            {
                LogWaiting(logger, connectionName, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
            catch (Exception e) when (IsUnreachable(e) || e is PostgresException { SqlState: "28P01" or "3D000" or "28000" })
            {
                var target = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
                throw new StartupException(
                    $"データベース {connectionName} ({target.Host}:{target.Port}/{target.Database}) に接続できません: {e.Message} — ConnectionStrings__{connectionName} とサーバーの起動状態を確認してください。", e);
            }
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var lockKey = StableHash(connectionName);
        await using (var acquire = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            acquire.Parameters.AddWithValue("key", lockKey);
            await acquire.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", lockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>Creates the service's database when a fresh server does not have it yet (racing instances are fine).</summary>
    private async Task CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is "42P04" or "23505")
        {
            // another instance created it first
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsUnreachable(Exception e) =>
        e is NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException or IOException }
        || e is System.Net.Sockets.SocketException
        || e is PostgresException { SqlState: "57P03" }; // the database system is starting up

    private static long StableHash(string text)
    {
        long hash = 1125899906842597L;
        foreach (var c in text)
        {
            hash = (31 * hash) + c;
        }
        return hash;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database {ConnectionName} not reachable yet ({Reason}); retrying")]
    private static partial void LogWaiting(ILogger logger, string connectionName, string reason);
}
