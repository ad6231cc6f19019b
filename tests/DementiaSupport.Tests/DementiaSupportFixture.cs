extern alias consultations;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grpc.Core;
using Grpc.Net.Client;
using HoukatsuCare.Contracts.DementiaSupport.V1;
using HoukatsuCare.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ConsultationsProgram = consultations::Program;

namespace HoukatsuCare.DementiaSupport.Tests;

/// <summary>
/// The DementiaSupport host on a fresh database of its own, with a clock the tests move, and helpers to call it as a
/// given caller. <see cref="WithConsultationsFixture"/> also hosts Consultations for the gRPC round trip.
/// </summary>
public class DementiaSupportFixture : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private DementiaSupportFactory? factory;

    public TestClock Clock { get; } = new();

    public string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        var settings = await ServiceFactory<Program>.SettingsAsync("dementiasupportdb");
        ConnectionString = settings["ConnectionStrings:dementiasupportdb"]!;
        // discovery of Consultations' HTTP/2 endpoint: the discard port, where nothing answers, unless a derived
        // fixture routes the calls to a Consultations host in this process
        settings["services:consultations:grpc:0"] = "http://127.0.0.1:9";
        factory = new DementiaSupportFactory(settings, Clock, ConsultationsHandler());
        _ = factory.Server; // start now: migrations run here, not inside the first test
    }

    /// <summary>Where the service's Consultations gRPC client sends its calls; null: nowhere (the default address, unreachable here).</summary>
    protected virtual HttpMessageHandler? ConsultationsHandler() => null;

    public IServiceProvider Services => factory!.Services;

    public HttpClient As(TestCaller caller)
    {
        var client = factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(caller));
        return client;
    }

    public HttpClient Anonymous() => factory!.CreateClient();

    public DementiaSupportQueries.DementiaSupportQueriesClient Grpc(TestCaller caller) =>
        new(GrpcChannel.ForAddress(factory!.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = factory.Server.CreateHandler(),
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", $"Bearer {TestTokens.For(caller)}");
                return Task.CompletedTask;
            })),
            UnsafeUseInsecureChannelCallCredentials = true,
        }));

    public Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) => CountIn(ConnectionString, sql, parameters);

    protected static async Task<long> CountIn(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>Waits until the relay has published every stored event (publisher confirms from the real broker).</summary>
    public async Task AllPublishedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await CountAsync("SELECT count(*) FROM outbox_messages WHERE published_at IS NULL") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the outbox relay did not publish every event within 30 s");
            await Task.Delay(100);
        }
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

    /// <summary>The rows of every table a request could write, to show a refused request stored nothing.</summary>
    public Task<long> StoredRowsAsync() => CountAsync("""
        SELECT (SELECT count(*) FROM caravan_mates) + (SELECT count(*) FROM supporter_courses) + (SELECT count(*) FROM dementia_cafes)
             + (SELECT count(*) FROM cafe_sessions) + (SELECT count(*) FROM consultation_days) + (SELECT count(*) FROM initial_support_referrals)
             + (SELECT count(*) FROM referral_liaisons) + (SELECT count(*) FROM orange_teams) + (SELECT count(*) FROM orange_team_members)
             + (SELECT count(*) FROM orange_team_activities) + (SELECT count(*) FROM family_programs) + (SELECT count(*) FROM promoter_consultations)
             + (SELECT count(*) FROM outbox_messages) + (SELECT count(*) FROM idempotency_records)
        """);

    public virtual async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }

    private sealed class DementiaSupportFactory(Dictionary<string, string?> settings, TimeProvider clock, HttpMessageHandler? consultations)
        : ServiceFactory<Program>(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(clock);
                if (consultations is not null)
                {
                    services.AddHttpClient(DementiaSupportModule.ConsultationsClientName)
                        .ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(consultations));
                }
            });
        }
    }

    /// <summary>The test server's handler outlives the client factory's handler rotation.</summary>
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}

/// <summary>DementiaSupport with Consultations hosted beside it (its own database): referrals make a real gRPC round trip.</summary>
public sealed class WithConsultationsFixture : DementiaSupportFixture
{
    private ServiceFactory<ConsultationsProgram>? consultations;

    public string ConsultationsConnectionString { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        var settings = await ServiceFactory<ConsultationsProgram>.SettingsAsync("consultationsdb");
        ConsultationsConnectionString = settings["ConnectionStrings:consultationsdb"]!;
        consultations = new ServiceFactory<ConsultationsProgram>(settings);
        _ = consultations.Server;
        await base.InitializeAsync();
    }

    protected override HttpMessageHandler ConsultationsHandler() => consultations!.Server.CreateHandler();

    public Task<long> CountInConsultationsAsync(string sql, params (string Name, object Value)[] parameters) =>
        CountIn(ConsultationsConnectionString, sql, parameters);

    public HttpClient ConsultationsAs(TestCaller caller)
    {
        var client = consultations!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(caller));
        return client;
    }

    /// <summary>Registers a client and opens a case in Consultations as <paramref name="caller"/>; returns the case id.</summary>
    public async Task<Guid> OpenCaseAsync(TestCaller caller, string area, string openedOn = "2025-04-10")
    {
        var http = ConsultationsAs(caller);
        var client = await (await http.PostAsJsonAsync("/api/consultations/clients", new
        {
            name = "認知 花子",
            nameKana = "ニンチ ハナコ",
            birthDate = "1941-06-01",
            sex = "Female",
            address = "小平市小川町1-1-1",
            dailyLifeAreaId = area,
            careLevel = "Support1",
            householdType = "LivingAlone",
            confirmDuplicate = true,
        }, Json)).ReadAsync<JsonElement>();
        var opened = await (await http.PostAsJsonAsync("/api/consultations/cases", new
        {
            clientId = client.GetProperty("id").GetGuid(),
            openedOn,
            route = "Phone",
            consulter = "Family",
            topics = new[] { "Dementia" },
            urgency = "Normal",
            summary = "物忘れが増えて受診につながらない",
        }, Json)).ReadAsync<JsonElement>();
        return opened.GetProperty("id").GetGuid();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (consultations is not null)
        {
            await consultations.DisposeAsync();
        }
    }
}

public static class HttpJson
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, DementiaSupportFixture.Json)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, DementiaSupportFixture.Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, DementiaSupportFixture.Json);

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>The fields a 400/422 problem names in <c>errors</c>.</summary>
    public static async Task<IReadOnlyList<string>> ProblemFieldsAsync(this HttpResponseMessage response)
    {
        var problem = await response.ProblemAsync();
        return problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToList() : [];
    }
}
