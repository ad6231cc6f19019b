using System.Net;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.ServiceDefaults.Idempotency;
using static HoukatsuCare.Consultations.Tests.Callers;

namespace HoukatsuCare.Consultations.Tests.Api;

public sealed class IdempotencyTests(ConsultationsFixture service) : IClassFixture<ConsultationsFixture>
{
    private static HttpRequestMessage Post(string url, object body, string key) => new(HttpMethod.Post, url)
    {
        Content = System.Net.Http.Json.JsonContent.Create(body, options: ConsultationsFixture.Json),
        Headers = { { IdempotencyFilter.Header, key } },
    };

    [Fact]
    public async Task A_retried_case_opening_is_answered_with_the_first_case_and_raises_one_event()
    {
        var staff = service.As(Center1Staff);
        var client = await staff.CreateClientAsync(Requests.Client("再送 一", "サイソウ ハジメ", "1940-10-10"));
        var body = Requests.Case(client.Id);

        var first = await staff.SendAsync(Post(Requests.Cases, body, "open-1"));
        var retry = await staff.SendAsync(Post(Requests.Cases, body, "open-1"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        var original = await first.ReadAsync<CaseResponse>();
        Assert.Equal(original.Id, (await retry.ReadAsync<CaseResponse>()).Id);
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM consultation_cases WHERE client_id = @id", ("id", client.Id)));
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM outbox_messages WHERE aggregate_id = @id", ("id", original.Id.ToString())));

        // the same key with another request is refused; another key opens another case
        body["urgency"] = "High";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.SendAsync(Post(Requests.Cases, body, "open-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.SendAsync(Post(Requests.Cases, body, "open-2"))).StatusCode);
        Assert.Equal(2, await service.CountAsync("SELECT count(*) FROM consultation_cases WHERE client_id = @id", ("id", client.Id)));
    }

    [Fact]
    public async Task A_refused_request_leaves_its_key_free_for_the_corrected_one()
    {
        var staff = service.As(Center1Staff);
        var bad = Requests.Client("再送 二", "サイソウ ツギ", "1941-11-11", "nowhere");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.SendAsync(Post(Requests.Clients, bad, "client-1"))).StatusCode);

        var good = Requests.Client("再送 二", "サイソウ ツギ", "1941-11-11");
        Assert.Equal(HttpStatusCode.Created, (await staff.SendAsync(Post(Requests.Clients, good, "client-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.SendAsync(Post(Requests.Clients, good, "client-1"))).StatusCode);
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM clients WHERE kana_key = 'さいそうつぎ'"));
    }

    [Fact]
    public async Task Keys_belong_to_their_caller()
    {
        var client = await service.As(Center1Staff).CreateClientAsync(Requests.Client("再送 三", "サイソウ サン", "1942-12-12"));
        var body = Requests.Case(client.Id);
        Assert.Equal(HttpStatusCode.Created, (await service.As(Center1Staff).SendAsync(Post(Requests.Cases, body, "shared-key"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await service.As(Center1Colleague).SendAsync(Post(Requests.Cases, body, "shared-key"))).StatusCode);
        Assert.Equal(2, await service.CountAsync("SELECT count(*) FROM consultation_cases WHERE client_id = @id", ("id", client.Id)));
    }
}
