using System.Net;

namespace HoukatsuCare.DementiaSupport.Tests;

/// <summary>Valid request bodies the tests start from (dictionaries, so a test can spoil one field), and helpers that create records.</summary>
public static class Requests
{
    public const string Root = "/api/dementia-support";
    public const string CaravanMates = Root + "/caravan-mates";
    public const string Courses = Root + "/supporter-courses";
    public const string Cafes = Root + "/cafes";
    public const string ConsultationDays = Root + "/consultation-days";
    public const string Referrals = Root + "/referrals";
    public const string Teams = Root + "/team-orange/teams";
    public const string FamilyPrograms = Root + "/family-programs";
    public const string PromoterConsultations = Root + "/promoter-consultations";
    public const string Figures = Root + "/figures";

    public static Dictionary<string, object?> CaravanMate(string name = "講師 一郎") => new()
    {
        ["name"] = name,
        ["affiliation"] = "小平市民生委員協議会",
        ["registeredOn"] = "2024-10-01",
    };

    public static Dictionary<string, object?> Course(Guid instructor, string heldOn = "2025-06-10", string audience = "Residents", int participants = 30, string? area = null, string? centerId = null) => new()
    {
        ["heldOn"] = heldOn,
        ["centerId"] = centerId,
        ["dailyLifeAreaId"] = area,
        ["requestingOrganization"] = "小川町自治会",
        ["audience"] = audience,
        ["venue"] = "小川公民館",
        ["instructorIds"] = new[] { instructor },
        ["participants"] = participants,
    };

    public static Dictionary<string, object?> Cafe(string startedOn = "2024-04-01") => new()
    {
        ["name"] = "オレンジカフェ小川",
        ["operator"] = "第1圏域地域包括支援センター",
        ["venue"] = "小川公民館 和室",
        ["schedule"] = "毎月第2水曜 14:00〜16:00",
        ["partnerOrganizations"] = new[] { new { name = "認知症と介護を考える家族の会 小平わかばの会" } },
        ["startedOn"] = startedOn,
    };

    public static Dictionary<string, object?> Session(string heldOn = "2025-06-11", object? helpers = null) => new()
    {
        ["heldOn"] = heldOn,
        ["program"] = "ミニ講話と合唱",
        ["attendance"] = new object[]
        {
            new { kind = "PersonWithDementia", male = 2, female = 3, unspecified = 0 },
            new { kind = "Family", male = 1, female = 4 },
            new { kind = "Resident", male = 2, female = 5, unspecified = 1 },
            new { kind = "Professional", male = 0, female = 2 },
        },
        ["helpers"] = helpers ?? Array.Empty<object>(),
    };

    public static Dictionary<string, object?> ConsultationDay(string heldOn, string? area = null, int? consultations = null, string? centerId = null) => new()
    {
        ["heldOn"] = heldOn,
        ["centerId"] = centerId,
        ["dailyLifeAreaId"] = area,
        ["venue"] = "小川公民館",
        ["partners"] = "認知症サポート医",
        ["consultations"] = consultations,
    };

    public static Dictionary<string, object?> Referral(Guid caseId, string? referredOn = "2025-05-01") => new()
    {
        ["caseId"] = caseId,
        ["referredOn"] = referredOn,
        ["reasons"] = new[] { "NotConnectedToCare", "FamilyBurden" },
    };

    public static async Task<T> CreatedAsync<T>(this HttpClient http, string url, object body)
    {
        var response = await http.PostJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<T>();
    }
}
