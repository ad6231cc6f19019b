using Npgsql;

namespace HoukatsuCare.TestSupport;

/// <summary>A database of its own for one test class, so tests never see each other's rows.</summary>
public static class TestDatabase
{
    /// <summary>Connection string of a new, empty database on the test server (the service creates its schema).</summary>
    public static async Task<string> NewAsync(string prefix)
    {
        var server = await TestServers.PostgresAsync();
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
