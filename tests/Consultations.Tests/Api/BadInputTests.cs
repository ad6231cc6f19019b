using System.Net;
using System.Text;
using Grpc.Core;
using HoukatsuCare.Contracts.Consultations.V1;
using static HoukatsuCare.Consultations.Tests.Callers;

namespace HoukatsuCare.Consultations.Tests.Api;

/// <summary>
/// Whatever a caller sends, the answer is a problem document (400/404/409/415/422) naming what to change, never a 500.
/// Each row is a request that once reached the database or the framework unchecked.
/// </summary>
public sealed class BadInputTests(ConsultationsFixture service) : IClassFixture<ConsultationsFixture>
{
    private const string Json = "application/json";

    public static TheoryData<string, string, string?, string?, string?> BadRequests => new()
    {
        // method, url ({case} / {client} replaced by real ids), body, content type, field the problem names (null: any)
        { "POST", "/api/consultations/clients", "{\"name\": ", Json, null },
        { "POST", "/api/consultations/clients", "", Json, "body" },
        { "POST", "/api/consultations/clients", "name=a", "application/x-www-form-urlencoded", null },
        { "POST", "/api/consultations/clients", "[1,2,3]", Json, null },
        { "POST", "/api/consultations/clients", "null", Json, null },
        { "POST", "/api/consultations/clients", "{\"relatedPeople\": " + new string('[', 200) + new string(']', 200) + "}", Json, null },
        { "POST", "/api/consultations/clients", "{\"name\": \"山田\"}", "application/json; charset=utf-16", null },
        { "POST", "/api/consultations/clients", "{\"name\": \"山田\"}", "application/json; charset=no-such-charset", "Content-Type" },
        { "POST", "/api/consultations/clients", "{\"name\": \"山田\"}", "text/plain", null },
        { "POST", "/api/consultations/clients", "{\"birthDate\": \"山田\"}", Json, "birthDate" },
        { "POST", "/api/consultations/clients", ClientWith("\"name\": \"山田\\u0000太郎\""), Json, "name" },
        { "POST", "/api/consultations/clients", ClientWith("\"address\": \"小平市\\u0000\""), Json, "address" },
        { "POST", "/api/consultations/clients", ClientWith("\"name\": \"山田\\ud800\""), Json, "name" },
        { "POST", "/api/consultations/clients", ClientWith("\"intentions\": \"\\udc00意向\""), Json, "intentions" },
        { "POST", "/api/consultations/clients", ClientWith("\"birthDate\": \"0001-01-01\""), Json, "birthDate" },
        { "POST", "/api/consultations/clients", ClientWith("\"birthDate\": \"9999-12-31\""), Json, "birthDate" },
        { "POST", "/api/consultations/clients", ClientWith("\"emergencyContacts\": [null]"), Json, "emergencyContacts" },
        { "POST", "/api/consultations/clients", ClientWith("\"relatedPeople\": [null]"), Json, "relatedPeople" },
        { "POST", "/api/consultations/clients", ClientWith("\"consents\": [null]"), Json, "consents" },
        { "GET", "/api/consultations/clients?page=-1", null, null, "page" },
        { "GET", "/api/consultations/clients?pageSize=-5", null, null, "pageSize" },
        { "GET", "/api/consultations/clients?page=99999999999999", null, null, "page" },
        { "GET", "/api/consultations/clients?page=100000&pageSize=100", null, null, null },
        { "GET", "/api/consultations/clients?birthDate=yesterday", null, null, "birthDate" },
        { "GET", "/api/consultations/clients?householdType=Castle", null, null, "householdType" },
        { "GET", "/api/consultations/clients?includeInactive=maybe", null, null, "includeInactive" },
        { "GET", "/api/consultations/clients?q=%00", null, null, null },
        { "GET", "/api/consultations/clients?areaId=%00", null, null, null },
        { "GET", "/api/consultations/clients?q=%ED%A0%80", null, null, null },
        { "GET", "/api/consultations/clients?q=" + new string('あ', 5000), null, null, "q" },
        { "GET", "/api/consultations/clients?areaId=" + new string('a', 20000), null, null, null },
        { "GET", "/api/consultations/clients/not-a-guid", null, null, null },
        { "GET", "/api/consultations/cases?stage=Finished", null, null, "stage" },
        { "GET", "/api/consultations/cases?clientId=123", null, null, "clientId" },
        { "GET", "/api/consultations/cases?assigneeId=%00", null, null, null },
        { "POST", "/api/consultations/cases", CaseWith("\"openedOn\": \"0001-01-01\""), Json, "openedOn" },
        { "POST", "/api/consultations/cases", CaseWith("\"openedOn\": \"9999-12-31\""), Json, "openedOn" },
        { "POST", "/api/consultations/cases", CaseWith("\"summary\": \"\\u0000\""), Json, "summary" },
        { "POST", "/api/consultations/cases", CaseWith("\"topics\": [\"Gardening\"]"), Json, "topics[0]" },
        { "POST", "/api/consultations/cases/{case}/notes", "{\"contactedAt\": \"0001-01-01T00:00:00+09:00\", \"method\": \"Phone\", \"participants\": \"本人\", \"content\": \"確認\"}", Json, "contactedAt" },
        { "POST", "/api/consultations/cases/{case}/notes", "{\"contactedAt\": \"2025-04-01T09:00:00+09:00\", \"method\": \"Phone\", \"participants\": \"本人\", \"content\": \"確認\\u0000\"}", Json, "content" },
        { "POST", "/api/consultations/cases/{case}/transitions", "{\"to\": \"InitialResponse\", \"on\": \"0001-01-01\", \"version\": 1}", Json, null },
        { "POST", "/api/consultations/cases/{case}/transitions", "{\"to\": \"InitialResponse\", \"version\": -1}", Json, "version" },
        { "POST", "/api/consultations/cases/{case}/transitions", "{\"to\": \"InitialResponse\", \"version\": 4294967296}", Json, "version" },
        { "POST", "/api/consultations/cases/{case}/transitions", "{\"to\": \"InitialResponse\", \"version\": 1e400}", Json, "version" },
        { "PUT", "/api/consultations/cases/{case}/plan", "{\"goals\": 5}", Json, "goals" },
        { "PUT", "/api/consultations/cases/{case}/plan", "{\"goals\": [null], \"actions\": [null], \"reviewOn\": \"2026-01-01\"}", Json, "goals" },
        { "PUT", "/api/consultations/cases/{case}/plan", "{\"goals\": [\"自立\"], \"actions\": [null], \"reviewOn\": \"2026-01-01\"}", Json, "actions" },
        { "GET", "/api/consultations/cases/{case}/notes?pageSize=0", null, null, "pageSize" },
        { "GET", "/api/consultations/figures/monthly?month=2025-13", null, null, "month" },
        { "GET", "/api/consultations/figures/monthly?month=0001-01", null, null, "month" },
        { "GET", "/api/consultations/figures/monthly?month=9999-12", null, null, "month" },
        { "GET", "/api/consultations/figures/monthly?month=" + new string('9', 3000), null, null, null },
        { "GET", "/api/consultations/figures/caseload?centerId=%00", null, null, null },
        { "GET", "/api/consultations/worklist/center?centerId=%00", null, null, null },
        { "GET", "/api/consultations/worklist/center?assigneeId=%00", null, null, null },
    };

    public static TheoryData<string, string, string?, string?, string?> BadCityRequests => new()
    {
        { "GET", "/api/consultations/audit?from=0001-01-01T00:00:00%2B09:00", null, null, null },
        { "GET", "/api/consultations/audit?until=9999-12-31T23:59:59-09:00", null, null, null },
        { "GET", "/api/consultations/audit?from=tomorrow", null, null, "from" },
        { "GET", "/api/consultations/audit?subject=%00", null, null, null },
        { "GET", "/api/consultations/audit?page=100000&pageSize=100", null, null, null },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public Task Bad_input_from_center_staff_is_a_problem_naming_the_field_never_a_500(string method, string url, string? body, string? contentType, string? field) =>
        SendAsync(service.As(Center1Staff), method, url, body, contentType, field);

    [Theory]
    [MemberData(nameof(BadCityRequests))]
    public Task Bad_input_to_the_audit_log_is_a_problem_naming_the_field_never_a_500(string method, string url, string? body, string? contentType, string? field) =>
        SendAsync(service.As(CityOfficer), method, url, body, contentType, field);

    [Theory]
    [InlineData("0001-01")]
    [InlineData("9999-12")]
    [InlineData("2025-4")]
    public async Task A_grpc_month_out_of_range_is_invalid_argument(string month)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await service.Grpc(Center1Staff).GetMonthlyFiguresAsync(new GetMonthlyFiguresRequest { CenterId = "kodaira-center-1", Month = month }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Theory]
    [InlineData("%00", "相談対応")]
    [InlineData("%E7%A2%BA%00%E8%AA%8D", "確認")]
    public async Task A_purpose_with_control_characters_is_recorded_without_them(string header, string recorded)
    {
        var staff = service.As(Center1Staff);
        var body = Requests.Client("目的 確認", "モクテキ カクニン", "1941-03-03");
        body["confirmDuplicate"] = true;
        var client = await staff.CreateClientAsync(body);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Requests.Clients}/{client.Id}");
        request.Headers.Add("X-Purpose", header);
        Assert.Equal(HttpStatusCode.OK, (await staff.SendAsync(request)).StatusCode);
        Assert.Equal([recorded], await service.StringsAsync("SELECT purpose FROM audit_records WHERE client_id = @id", ("id", client.Id)));
    }

    [Fact]
    public async Task A_long_purpose_is_cut_without_splitting_an_emoji()
    {
        var staff = service.As(Center1Staff);
        var body = Requests.Client("目的 絵文字", "モクテキ エモジ", "1941-03-04");
        body["confirmDuplicate"] = true;
        var client = await staff.CreateClientAsync(body);
        var purpose = new string('あ', 199) + "😀";
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"{Requests.Clients}/{client.Id}?purpose={Uri.EscapeDataString(purpose)}")).StatusCode);
        Assert.Equal([new string('あ', 199)], await service.StringsAsync("SELECT purpose FROM audit_records WHERE client_id = @id", ("id", client.Id)));
    }

    private async Task SendAsync(HttpClient http, string method, string url, string? body, string? contentType, string? field)
    {
        var staff = service.As(Center1Staff);
        if (url.Contains("{case}", StringComparison.Ordinal) || body?.Contains("{client}", StringComparison.Ordinal) == true)
        {
            var owner = Requests.Client("入力 検査", "ニュウリョク ケンサ", "1940-02-02");
            owner["confirmDuplicate"] = true;
            var client = await staff.CreateClientAsync(owner);
            var consultation = await staff.OpenCaseAsync(Requests.Case(client.Id));
            url = url.Replace("{case}", consultation.Id.ToString(), StringComparison.Ordinal);
            body = body?.Replace("{client}", client.Id.ToString(), StringComparison.Ordinal);
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType!.Contains("charset", StringComparison.Ordinal) ? contentType : contentType + "; charset=utf-8");
        }
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status is 400 or 404 or 409 or 415 or 422 || (status == 200 && field is null), $"{method} {Shorten(url)}: {status} {text}");
        if (status == 200)
        {
            return;
        }
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            var errors = (await response.ProblemAsync()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out _), $"{method} {Shorten(url)}: expected '{field}' in {errors}");
        }
    }

    private static string Shorten(string url) => url.Length > 120 ? url[..120] + "…" : url;

    private static string ClientWith(string replacement)
    {
        var fields = new Dictionary<string, string>
        {
            ["name"] = "\"入力 検査\"", ["nameKana"] = "\"ニュウリョク ケンサ\"", ["birthDate"] = "\"1940-02-02\"", ["sex"] = "\"Female\"",
            ["address"] = "\"小平市小川町1-1\"", ["dailyLifeAreaId"] = "\"kodaira-1\"", ["careLevel"] = "\"Support1\"",
            ["householdType"] = "\"LivingAlone\"", ["confirmDuplicate"] = "true",
        };
        var key = replacement[1..replacement.IndexOf('"', 1)];
        fields[key] = replacement[(replacement.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        return "{" + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + "}";
    }

    private static string CaseWith(string replacement) =>
        "{\"clientId\": \"{client}\", \"openedOn\": \"2025-04-01\", \"route\": \"Phone\", \"consulter\": \"Family\", \"topics\": [\"Medical\"], \"urgency\": \"Normal\", \"summary\": \"相談\", "
        + replacement + "}";
}
