using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace HoukatsuCare.TestSupport;

/// <summary>
/// The real PostgreSQL and RabbitMQ the tests run against: servers given by
/// <c>HOUKATSU_TEST_POSTGRES</c> (an Npgsql connection string without a database) and
/// <c>HOUKATSU_TEST_RABBITMQ</c> (an amqp:// URI), else containers when a Docker engine is reachable,
/// else a failure that says how to provide them. Started once per test process.
/// </summary>
public static class TestServers
{
    public const string PostgresVariable = "HOUKATSU_TEST_POSTGRES";
    public const string RabbitMqVariable = "HOUKATSU_TEST_RABBITMQ";

    private static readonly Lazy<Task<string>> Postgres = new(StartPostgresAsync);
    private static readonly Lazy<Task<Uri>> RabbitMq = new(StartRabbitMqAsync);

    /// <summary>Connection string of the server (no database chosen).</summary>
    public static Task<string> PostgresAsync() => Postgres.Value;

    /// <summary>amqp:// URI of the broker's default virtual host.</summary>
    public static Task<Uri> RabbitMqAsync() => RabbitMq.Value;

    private static async Task<string> StartPostgresAsync()
    {
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } given)
        {
            return given;
        }
        EnsureDocker();
        var container = new PostgreSqlBuilder("postgres:15").Build();
        await container.StartAsync();
        return container.GetConnectionString();
    }

    private static async Task<Uri> StartRabbitMqAsync()
    {
        if (Environment.GetEnvironmentVariable(RabbitMqVariable) is { Length: > 0 } given)
        {
            return new Uri(given);
        }
        EnsureDocker();
        var container = new RabbitMqBuilder("rabbitmq:3.13").Build();
        await container.StartAsync();
        return new Uri(container.GetConnectionString());
    }

    private static void EnsureDocker()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrEmpty(dockerHost) && !File.Exists("/var/run/docker.sock"))
        {
            throw new InvalidOperationException(
                $"No PostgreSQL/RabbitMQ for the tests: set {PostgresVariable} and {RabbitMqVariable} " +
                "(run `eval \"$(scripts/infra.sh start)\"`, or just use ./test.sh), or make a Docker engine reachable for Testcontainers.");
        }
    }
}
