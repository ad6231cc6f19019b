using HoukatsuCare.AppHost.Hosting;
using HoukatsuCare.AppHost.Resources;
using Npgsql;

namespace HoukatsuCare.AppHost.Infrastructure;

/// <summary>Creates a service's database on its server (if missing) once the server is up.</summary>
public sealed class DatabaseRunner(PostgresDatabaseResource database, string prefix) : IResourceRunner
{
    public IResource Resource => database;

    public IReadOnlyList<IResource> WaitsFor => [database.Server];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        database.DatabaseName = prefix + database.DatabaseName;
        database.Status.Set(ResourceState.Starting);
        var builder = new NpgsqlConnectionStringBuilder(database.Server.ConnectionString) { Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new() { Value = database.DatabaseName } },
            };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (PostgresException e)
        {
            database.Status.Set(ResourceState.Failed, HealthState.Unhealthy, error: e.MessageText);
            database.Status.Abandon();
            throw new AppHostException($"{database.Name}: データベース {database.DatabaseName} を作成できません: {e.MessageText}");
        }
        database.Status.SetUrls($"postgres://{builder.Host}:{builder.Port}/{database.DatabaseName}");
        database.Status.Set(ResourceState.Running, HealthState.Healthy);
    }

    public Task StopAsync()
    {
        database.Status.Set(ResourceState.Stopped, HealthState.Unknown);
        return Task.CompletedTask;
    }
}
