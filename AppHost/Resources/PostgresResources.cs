using Npgsql;

namespace HoukatsuCare.AppHost.Resources;

/// <summary>A PostgreSQL server: started from the machine's binaries, or the one <c>ConnectionStrings:{name}</c> gives.</summary>
public sealed class PostgresServerResource(string name) : IResourceWithConnectionString
{
    public string Name { get; } = name;

    public ResourceStatus Status { get; } = new();

    /// <summary>The server's connection string without a database; set when it runs.</summary>
    public string? ConnectionString { get; set; }

    public List<PostgresDatabaseResource> Databases { get; } = [];
}

/// <summary>One service's database on a <see cref="PostgresServerResource"/>, created before the service starts.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server) : IResourceWithConnectionString
{
    public string Name { get; } = name;

    /// <summary>The database's name on the server (the resource name unless a prefix isolates a run).</summary>
    public string DatabaseName { get; set; } = databaseName;

    public PostgresServerResource Server { get; } = server;

    public ResourceStatus Status { get; } = new();

    public string? ConnectionString => Server.ConnectionString is { } server
        ? new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName }.ConnectionString
        : null;
}

/// <summary>RabbitMQ: started from the machine's binaries, or the broker <c>ConnectionStrings:{name}</c> gives (amqp URI).</summary>
public sealed class RabbitMQServerResource(string name) : IResourceWithConnectionString
{
    public string Name { get; } = name;

    public ResourceStatus Status { get; } = new();

    public string? ConnectionString { get; set; }
}
