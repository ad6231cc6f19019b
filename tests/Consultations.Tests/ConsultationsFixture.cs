using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grpc.Core;
using Grpc.Net.Client;
using HoukatsuCare.Contracts.Consultations.V1;
using HoukatsuCare.TestSupport;
using Npgsql;

namespace HoukatsuCare.Consultations.Tests;

/// <summary>The Consultations host on a fresh database of its own, with helpers to call it as a given caller.</summary>
public class ConsultationsFixture : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private ServiceFactory<Program>? factory;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var settings = await ServiceFactory<Program>.SettingsAsync("consultationsdb");
        ConnectionString = settings["ConnectionStrings:consultationsdb"]!;
        foreach (var (key, value) in Overrides)
        {
            settings[key] = value;
        }
        factory = CreateFactory(settings);
        _ = factory.Server; // start now: migrations run here, not inside the first test
    }

    /// <summary>The host; a derived fixture may add to it (e.g. a logger that captures every line).</summary>
    protected virtual ServiceFactory<Program> CreateFactory(Dictionary<string, string?> settings) => new(settings);

    public IServiceProvider Services => factory!.Services;

    /// <summary>Configuration a derived fixture changes (e.g. the worklist's silence threshold).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Overrides => [];

    public HttpClient As(TestCaller caller)
    {
        var client = factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(caller));
        return client;
    }

    public HttpClient Anonymous() => factory!.CreateClient();

    public HttpMessageHandler Handler() => factory!.Server.CreateHandler();

    public ConsultationsQueries.ConsultationsQueriesClient Grpc(TestCaller caller)
    {
        var channel = GrpcChannel.ForAddress(factory!.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = factory.Server.CreateHandler(),
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", $"Bearer {TestTokens.For(caller)}");
                return Task.CompletedTask;
            })),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
        return new ConsultationsQueries.ConsultationsQueriesClient(channel);
    }

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task<List<string>> StringsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}

public static class HttpJson
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, ConsultationsFixture.Json)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, ConsultationsFixture.Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, ConsultationsFixture.Json);

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
