using HoukatsuCare.TestSupport;
using System.Net;
using HoukatsuCare.Consultations.Audit;
using HoukatsuCare.Consultations.Clients;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Audit;
using static HoukatsuCare.Consultations.Tests.Callers;

namespace HoukatsuCare.Consultations.Tests.Api;

public sealed class ClientApiTests(ConsultationsFixture service) : IClassFixture<ConsultationsFixture>
{
    [Fact]
    public async Task A_half_width_katakana_search_finds_the_record_entered_in_kanji_and_full_width_kana()
    {
        var staff = service.As(Center1Staff);
        var created = await staff.CreateClientAsync(Requests.Client("小川 ミツ子", "オガワ　ミツコ", "1938-02-11"));

        foreach (var query in new[] { "ｵｶﾞﾜ ﾐﾂ", "おがわみつこ", "ミツコ", "小川", "川ミツ" })
        {
            var page = await (await staff.GetAsync($"{Requests.Clients}?q={Uri.EscapeDataString(query)}")).ReadAsync<Page<ClientListItem>>();
            Assert.Contains(page.Items, c => c.Id == created.Id);
        }
        var none = await (await staff.GetAsync($"{Requests.Clients}?q={Uri.EscapeDataString("ｵｶﾞﾜﾀﾛｳ")}")).ReadAsync<Page<ClientListItem>>();
        Assert.DoesNotContain(none.Items, c => c.Id == created.Id);
    }

    [Fact]
    public async Task Search_filters_by_insured_number_birth_date_area_care_level_and_household_and_pages()
    {
        var staff = service.As(Center1Staff);
        var body = Requests.Client("検索 花子", "ケンサク ハナコ", "1941-07-07");
        body["insuredNumber"] = "1321109999";
        body["careLevel"] = "Care2";
        body["householdType"] = "ElderlyOnly";
        var created = await staff.CreateClientAsync(body);

        foreach (var filter in new[] { "insuredNumber=1321109999", "birthDate=1941-07-07", "areaId=kodaira-1&careLevel=Care2&householdType=ElderlyOnly" })
        {
            var page = await (await staff.GetAsync($"{Requests.Clients}?{filter}")).ReadAsync<Page<ClientListItem>>();
            Assert.Equal([created.Id], page.Items.Select(i => i.Id));
        }
        var first = await (await staff.GetAsync($"{Requests.Clients}?pageSize=1&page=1")).ReadAsync<Page<ClientListItem>>();
        Assert.Single(first.Items);
        Assert.True(first.Total >= 1);
        var tooBig = await staff.GetAsync($"{Requests.Clients}?pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
    }

    [Fact]
    public async Task The_name_search_can_use_the_trigram_index()
    {
        var plan = await service.StringsAsync(
            "SET enable_seqscan = off; EXPLAIN SELECT id FROM clients WHERE search_text LIKE '%やまだ%'");
        Assert.Contains(plan, line => line.Contains("ix_clients_search_text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_version_gets_409_and_the_record_keeps_the_first_save()
    {
        var staff = service.As(Center1Staff);
        var colleague = service.As(Center1Colleague);
        var created = await staff.CreateClientAsync(Requests.Client("版 太郎", "ハン タロウ", "1939-01-01"));

        var first = Requests.Client("版 太郎", "ハン タロウ", "1939-01-01");
        first["careLevel"] = "Care1";
        first["version"] = created.Version;
        var saved = await (await staff.PutJsonAsync($"{Requests.Clients}/{created.Id}", first)).ReadAsync<ClientResponse>();
        Assert.NotEqual(created.Version, saved.Version);

        var second = Requests.Client("版 太郎", "ハン タロウ", "1939-01-01");
        second["careLevel"] = "Care5";
        second["version"] = created.Version;
        var conflict = await colleague.PutJsonAsync($"{Requests.Clients}/{created.Id}", second);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("version", (await conflict.ProblemAsync()).GetProperty("field").GetString());

        var now = await (await staff.GetAsync($"{Requests.Clients}/{created.Id}")).ReadAsync<ClientResponse>();
        Assert.Equal(CareLevel.Care1, now.CareLevel);
    }

    [Fact]
    public async Task Same_kana_and_birth_date_warn_before_a_second_record_is_created()
    {
        var staff = service.As(Center1Staff);
        var original = await staff.CreateClientAsync(Requests.Client("重複 一郎", "チョウフク イチロウ", "1944-04-04"));

        var again = await staff.PostJsonAsync(Requests.Clients, Requests.Client("重複 一朗", "ﾁｮｳﾌｸ ｲﾁﾛｳ", "1944-04-04"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.ProblemAsync();
        Assert.Equal(original.Id, problem.GetProperty("possibleDuplicates")[0].GetGuid());

        var confirmed = Requests.Client("重複 一朗", "ﾁｮｳﾌｸ ｲﾁﾛｳ", "1944-04-04");
        confirmed["confirmDuplicate"] = true;
        await staff.CreateClientAsync(confirmed);
        Assert.Equal(2, await service.CountAsync("SELECT count(*) FROM clients WHERE kana_key = 'ちょうふくいちろう'"));
    }

    [Fact]
    public async Task Another_center_and_another_municipality_get_404_and_only_allowed_reads_are_audited()
    {
        var created = await service.As(Center1Staff).CreateClientAsync(Requests.Client("監査 良子", "カンサ ヨシコ", "1937-03-03"));
        var url = $"{Requests.Clients}/{created.Id}";

        Assert.Equal(HttpStatusCode.NotFound, (await service.As(Center2Staff).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.As(IrumaStaff).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.As(IrumaCity).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(url)).StatusCode);
        var other = await (await service.As(Center2Staff).GetAsync($"{Requests.Clients}?q=カンサヨシ")).ReadAsync<Page<ClientListItem>>();
        Assert.Empty(other.Items);

        Assert.Equal(HttpStatusCode.OK, (await service.As(Center1Staff).GetAsync($"{url}?purpose={Uri.EscapeDataString("訪問前の確認")}")).StatusCode);
        var coreRequest = new HttpRequestMessage(HttpMethod.Get, url);
        coreRequest.Headers.Add(PersonalDataAudit.PurposeHeader, Uri.EscapeDataString("困難事例の助言"));
        Assert.Equal(HttpStatusCode.OK, (await service.As(CoreStaff).SendAsync(coreRequest)).StatusCode);

        var audit = await (await service.As(CityOfficer).GetAsync($"/api/consultations/audit?clientId={created.Id}")).ReadAsync<Page<AuditRecordResponse>>();
        Assert.Equal(2, audit.Total);
        Assert.Equal(["core-k", "staff-k1"], audit.Items.Select(a => a.Subject).Order());
        Assert.Contains(audit.Items, a => a.Subject == "staff-k1" && a.Purpose == "訪問前の確認" && a.Endpoint == "GET /api/consultations/clients/{id:guid}");
        Assert.Contains(audit.Items, a => a.Subject == "core-k" && a.Purpose == "困難事例の助言");

        // the audit log is the city's: neither staff nor another municipality's city reads it
        Assert.Equal(HttpStatusCode.Forbidden, (await service.As(Center1Staff).GetAsync("/api/consultations/audit")).StatusCode);
        var iruma = await (await service.As(IrumaCity).GetAsync($"/api/consultations/audit?clientId={created.Id}")).ReadAsync<Page<AuditRecordResponse>>();
        Assert.Equal(0, iruma.Total);
    }

    [Fact]
    public async Task A_query_value_that_is_not_in_the_catalog_is_400_naming_the_parameter()
    {
        var response = await service.As(Center1Staff).GetAsync($"{Requests.Clients}?careLevel=Care9");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("careLevel", out _));
    }

    [Fact]
    public async Task The_core_center_can_move_a_client_to_another_center_and_regional_staff_cannot()
    {
        var staff = service.As(Center1Staff);
        var created = await staff.CreateClientAsync(Requests.Client("移管 桜", "イカン サクラ", "1941-04-01"));

        var move = Requests.Client("移管 桜", "イカン サクラ", "1941-04-01", "kodaira-2");
        move["centerId"] = "kodaira-center-2";
        move["version"] = created.Version;
        var refused = await staff.PutJsonAsync($"{Requests.Clients}/{created.Id}", move);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((await refused.ProblemAsync()).GetProperty("errors").TryGetProperty("centerId", out _));

        var moved = await (await service.As(CoreStaff).PutJsonAsync($"{Requests.Clients}/{created.Id}", move)).ReadAsync<ClientResponse>();
        Assert.Equal("kodaira-center-2", moved.CenterId);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{Requests.Clients}/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.As(Center2Staff).GetAsync($"{Requests.Clients}/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_core_center_may_place_a_client_outside_the_area_and_the_regional_center_keeps_that_area()
    {
        // the core center has no areas of its own: it takes residents of any area
        var core = service.As(CoreStaff);
        var atCore = Requests.Client("基幹 直", "キカン ナオ", "1943-03-03", "kodaira-4");
        atCore["centerId"] = "kodaira-core";
        Assert.Equal("kodaira-core", (await core.CreateClientAsync(atCore)).CenterId);

        // a deliberate hand-over: a resident of area 2 placed with center 1
        var handedOver = Requests.Client("越境 守", "エッキョウ マモル", "1943-04-04", "kodaira-2");
        handedOver["centerId"] = "kodaira-center-1";
        var created = await core.CreateClientAsync(handedOver);
        Assert.Equal("kodaira-center-1", created.CenterId);

        // center 1 may keep working on the record in that area, but not move it to another area it does not serve
        var staff = service.As(Center1Staff);
        var update = Requests.Client("越境 守", "エッキョウ マモル", "1943-04-04", "kodaira-2");
        update["phone"] = "042-111-1111";
        update["version"] = created.Version;
        var updated = await (await staff.PutJsonAsync($"{Requests.Clients}/{created.Id}", update)).ReadAsync<ClientResponse>();
        Assert.Equal("042-111-1111", updated.Phone);

        var elsewhere = Requests.Client("越境 守", "エッキョウ マモル", "1943-04-04", "kodaira-3");
        elsewhere["version"] = updated.Version;
        var refused = await staff.PutJsonAsync($"{Requests.Clients}/{created.Id}", elsewhere);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((await refused.ProblemAsync()).GetProperty("errors").TryGetProperty("dailyLifeAreaId", out _));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_in_japanese()
    {
        var document = await service.Anonymous().GetStringAsync("/api/consultations/openapi/v1.json");
        Assert.Contains("/api/consultations/clients/{id}", document, StringComparison.Ordinal);
        Assert.Contains("利用者を検索する", document, StringComparison.Ordinal);
        Assert.Contains("/api/consultations/cases/{id}/transitions", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var http = service.Anonymous();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Center1Staff, "some-other-key-that-is-long-enough-0123"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(Requests.Clients)).StatusCode);
    }

    [Fact]
    public async Task Deactivation_keeps_the_record_and_takes_it_out_of_default_search()
    {
        var staff = service.As(Center1Staff);
        var created = await staff.CreateClientAsync(Requests.Client("転出 次郎", "テンシュツ ジロウ", "1936-06-06"));
        var response = await staff.PostJsonAsync($"{Requests.Clients}/{created.Id}/deactivation", new { reason = "MovedOut", on = "2025-05-01", version = created.Version });
        var deactivated = await response.ReadAsync<ClientResponse>();
        Assert.Equal(ClientStatus.MovedOut, deactivated.Status);

        var active = await (await staff.GetAsync($"{Requests.Clients}?q=テンシュツ")).ReadAsync<Page<ClientListItem>>();
        Assert.Empty(active.Items);
        var all = await (await staff.GetAsync($"{Requests.Clients}?q=テンシュツ&includeInactive=true")).ReadAsync<Page<ClientListItem>>();
        Assert.Single(all.Items);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"{Requests.Clients}/{created.Id}")).StatusCode);
    }

    public static TheoryData<string, Action<Dictionary<string, object?>>, string> BadClients => new()
    {
        { "name missing", b => b.Remove("name"), "name" },
        { "kana missing", b => b.Remove("nameKana"), "nameKana" },
        { "birth date missing", b => b.Remove("birthDate"), "birthDate" },
        { "9-digit insured number", b => b["insuredNumber"] = "132110000", "insuredNumber" },
        { "insured number with letters", b => b["insuredNumber"] = "13211000AB", "insuredNumber" },
        { "future birth date", b => b["birthDate"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"), "birthDate" },
        { "unknown area", b => b["dailyLifeAreaId"] = "iruma-toyooka", "dailyLifeAreaId" },
        { "wrong care level", b => b["careLevel"] = "Care9", "careLevel" },
        { "wrong household type", b => b["householdType"] = 3.5, "householdType" },
        { "kanji in the kana", b => b["nameKana"] = "山田", "nameKana" },
        { "another center", b => b["centerId"] = "kodaira-center-2", "centerId" },
        { "an area another center serves", b => b["dailyLifeAreaId"] = "kodaira-2", "dailyLifeAreaId" },
        { "name of 101 characters", b => b["name"] = new string('あ', 101), "name" },
        { "emergency contact without phone", b => b["emergencyContacts"] = new[] { new { name = "山田 花子", relationship = "長女" } }, "emergencyContacts[0].phone" },
    };

    [Theory]
    [MemberData(nameof(BadClients))]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_stored(string why, Action<Dictionary<string, object?>> spoil, string field)
    {
        var body = Requests.Client("不正 入力", "フセイ ニュウリョク", "1940-01-01");
        spoil(body);
        var response = await service.As(Center1Staff).PostJsonAsync(Requests.Clients, body);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{why}: {response.StatusCode}");
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"{why}: {errors}");
        Assert.Contains(messages.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
        Assert.Equal(0, await service.CountAsync("SELECT count(*) FROM clients WHERE kana_key = 'ふせいにゅうりょく'"));
    }
}
