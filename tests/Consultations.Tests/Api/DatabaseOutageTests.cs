using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.TestSupport;
using Npgsql;
using static HoukatsuCare.Consultations.Tests.Callers;

namespace HoukatsuCare.Consultations.Tests.Api;

/// <summary>
/// PostgreSQL restarted under concurrent reads and writes: callers get their answer or 503 with Retry-After, never a
/// 500; a write retried with its Idempotency-Key after a 503 is applied exactly once, with its event; and the service
/// works again as soon as the database is back, without being restarted.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly HashSet<HttpStatusCode> Acceptable = [HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable];

    [Fact]
    public async Task A_database_restart_under_load_gives_503_with_retry_after_never_500_and_nothing_half_written()
    {
        await using var postgres = await PrivatePostgres.StartAsync();
        var settings = await ServiceFactory<Program>.SettingsAsync("consultationsdb");
        settings["ConnectionStrings:consultationsdb"] = postgres.ConnectionString("consultationsdb");
        await using var factory = new ServiceFactory<Program>(settings);
        var staff = factory.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(Center1Staff));
        var client = await staff.CreateClientAsync();

        var statuses = new ConcurrentBag<(string What, HttpStatusCode Status, bool RetryAfter)>();
        var opened = new ConcurrentDictionary<string, Guid>();
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var key = $"outage-{worker}-{n}";
                // a partner's loop: the same request, with the same key, until it is answered
                while (true)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, Requests.Cases)
                    {
                        Content = System.Net.Http.Json.JsonContent.Create(Requests.Case(client.Id), options: ConsultationsFixture.Json),
                        Headers = { { IdempotencyFilter.Header, key } },
                    };
                    using var response = await staff.SendAsync(request);
                    statuses.Add(("open", response.StatusCode, response.Headers.RetryAfter is not null));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        opened[key] = (await response.ReadAsync<CaseResponse>()).Id;
                        break;
                    }
                    await Task.Delay(100);
                }
                using var read = await staff.GetAsync($"{Requests.Cases}?clientId={client.Id}&pageSize=5");
                statuses.Add(("list", read.StatusCode, read.Headers.RetryAfter is not null));
            }
        })).ToList();

        await Task.Delay(800);
        await postgres.StopServerAsync();
        // longer than the service's own retries of reads (2 s), so callers see the 503s too
        await Task.Delay(4000);
        await postgres.StartServerAsync();
        await Task.Delay(1500);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.All(statuses, s => Assert.True(Acceptable.Contains(s.Status), $"{s.What} answered {(int)s.Status}"));
        Assert.Contains(statuses, s => s.Status == HttpStatusCode.ServiceUnavailable);
        Assert.All(statuses.Where(s => s.Status == HttpStatusCode.ServiceUnavailable), s => Assert.True(s.RetryAfter, $"{s.What}: 503 without Retry-After"));

        // every logical write exactly once, each case with its one event in the outbox
        await using var connection = new NpgsqlConnection(postgres.ConnectionString("consultationsdb"));
        await connection.OpenAsync();
        Assert.Equal(opened.Count, await CountAsync(connection, "SELECT count(*) FROM consultation_cases"));
        Assert.Equal(opened.Count, await CountAsync(connection, "SELECT count(DISTINCT id) FROM consultation_cases"));
        Assert.Equal(opened.Count, await CountAsync(connection, "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%ConsultationCaseOpened%'"));
        Assert.Equal(opened.Count, await CountAsync(connection, "SELECT count(*) FROM idempotency_records WHERE key LIKE 'outage-%' AND status_code = 201"));

        // back without restarting the service
        using var after = await staff.GetAsync($"{Requests.Cases}/{opened.Values.First()}");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
