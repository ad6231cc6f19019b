using System.Net;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Clients;

namespace HoukatsuCare.Consultations.Tests;

/// <summary>Valid request bodies the tests start from (as dictionaries, so a test can remove or spoil one field).</summary>
public static class Requests
{
    public const string Clients = "/api/consultations/clients";
    public const string Cases = "/api/consultations/cases";

    public static Dictionary<string, object?> Client(string name = "山田 太郎", string kana = "ヤマダ タロウ", string birthDate = "1940-05-03", string area = "kodaira-1") => new()
    {
        ["name"] = name,
        ["nameKana"] = kana,
        ["birthDate"] = birthDate,
        ["sex"] = "Male",
        ["address"] = "小平市小川町1-1-1",
        ["dailyLifeAreaId"] = area,
        ["phone"] = "042-000-0000",
        ["insuredNumber"] = "1321100001",
        ["careLevel"] = "Support1",
        ["householdType"] = "LivingAlone",
        ["emergencyContacts"] = new[] { new { name = "山田 花子", relationship = "長女", phone = "090-0000-0000" } },
        ["relatedPeople"] = new[] { new { kind = "WelfareCommissioner", name = "佐藤 一郎", organization = "小川町民生委員", phone = (string?)null } },
        ["consents"] = new[] { new { party = "居宅介護支援事業所こだいら", givenOn = "2025-04-01", withdrawnOn = (string?)null } },
        ["intentions"] = "自宅で暮らし続けたい",
        ["currentIssues"] = "物忘れが増えている",
    };

    public static Dictionary<string, object?> Case(Guid clientId, string openedOn = "2025-04-10", string urgency = "Normal", string route = "Phone", string consulter = "Family", string[]? topics = null) => new()
    {
        ["clientId"] = clientId,
        ["openedOn"] = openedOn,
        ["route"] = route,
        ["consulter"] = consulter,
        ["topics"] = topics ?? ["LongTermCareInsurance", "Dementia"],
        ["urgency"] = urgency,
        ["summary"] = "介護保険の申請について相談したい",
    };

    public static async Task<ClientResponse> CreateClientAsync(this HttpClient http, Dictionary<string, object?>? body = null)
    {
        var response = await http.PostJsonAsync(Clients, body ?? Client());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<ClientResponse>();
    }

    public static async Task<CaseResponse> OpenCaseAsync(this HttpClient http, Dictionary<string, object?> body)
    {
        var response = await http.PostJsonAsync(Cases, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<CaseResponse>();
    }

    public static async Task<CaseResponse> MoveAsync(this HttpClient http, CaseResponse consultation, CaseStage to, string? on = null, string? closureReason = null, string? referredAgency = null)
    {
        var response = await http.PostJsonAsync($"{Cases}/{consultation.Id}/transitions",
            new { to, on = on ?? consultation.OpenedOn.ToString("yyyy-MM-dd"), closureReason, referredAgency, version = consultation.Version });
        return await response.ReadAsync<CaseResponse>();
    }

    public static async Task SavePlanAsync(this HttpClient http, Guid caseId, string reviewOn = "2025-06-30")
    {
        var response = await http.PutJsonAsync($"{Cases}/{caseId}/plan", new
        {
            goals = new[] { "介護保険サービスを利用して自宅での生活を続ける" },
            actions = new[] { new { description = "要介護認定の申請を支援する", owner = "社会福祉士", dueOn = "2025-05-15", doneOn = (string?)null } },
            reviewOn,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
