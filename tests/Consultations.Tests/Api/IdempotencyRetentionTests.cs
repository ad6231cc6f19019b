using System.Net;
using HoukatsuCare.ServiceDefaults.Idempotency;
using static HoukatsuCare.Consultations.Tests.Callers;

namespace HoukatsuCare.Consultations.Tests.Api;

public sealed class QuickPruningFixture : ConsultationsFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> Overrides =>
    [
        new("Retention:Idempotency", "1.00:00:00"),
        new("Retention:Interval", "00:00:00.200"),
    ];
}

public sealed class IdempotencyRetentionTests(QuickPruningFixture service) : IClassFixture<QuickPruningFixture>
{
    [Fact]
    public async Task Stored_answers_carrying_personal_data_are_deleted_after_their_retention()
    {
        var staff = service.As(Center1Staff);
        foreach (var (key, name, kana) in new[] { ("keep-me", "保持 一", "ホジ ハジメ"), ("expire-me", "期限 二", "キゲン ツギ") })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, Requests.Clients)
            {
                Content = System.Net.Http.Json.JsonContent.Create(Requests.Client(name, kana, "1939-03-03"), options: ConsultationsFixture.Json),
                Headers = { { IdempotencyFilter.Header, key } },
            };
            Assert.Equal(HttpStatusCode.Created, (await staff.SendAsync(request)).StatusCode);
        }

        // one answer is two days old, beyond the one-day retention
        await service.CountAsync("WITH aged AS (UPDATE idempotency_records SET created_at = now() - interval '2 days' WHERE key = 'expire-me' RETURNING 1) SELECT count(*) FROM aged");

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await service.CountAsync("SELECT count(*) FROM idempotency_records WHERE key = 'expire-me'") > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Equal(0, await service.CountAsync("SELECT count(*) FROM idempotency_records WHERE key = 'expire-me'"));
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM idempotency_records WHERE key = 'keep-me'"));
    }
}
