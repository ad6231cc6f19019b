using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HoukatsuCare.TestSupport;

/// <summary>
/// Hosts one service in the test process (HTTP and gRPC through the test server) against the real
/// PostgreSQL and RabbitMQ, with the configuration keys the AppHost would inject.
/// </summary>
public class ServiceFactory<TProgram>(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<TProgram>
    where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// Settings for a service with a fresh database of its own, the shared test broker, and token validation
    /// with the key <see cref="TestTokens"/> signs with.
    /// </summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(string databaseName)
    {
        var settings = TestTokens.Settings();
        settings[$"ConnectionStrings:{databaseName}"] = await TestDatabase.NewAsync(databaseName);
        settings["ConnectionStrings:messaging"] = (await TestServers.RabbitMqAsync()).ToString();
        return settings;
    }
}
