using System.Net;
using System.Text;
using static HoukatsuCare.DementiaSupport.Tests.Callers;

namespace HoukatsuCare.DementiaSupport.Tests.Api;

/// <summary>
/// Whatever a caller sends, the answer is a problem document (400/404/409/422) naming what to change, never a 500,
/// and nothing is stored.
/// </summary>
public sealed class BadInputTests(DementiaSupportFixture service) : IClassFixture<DementiaSupportFixture>
{
    private const string Json = "application/json";
    private const string Mate = "00000000-0000-7000-8000-000000000001";

    public static TheoryData<string, string, string?, string?> BadRequests => new()
    {
        // method, url, body, field the problem names (null: any problem)
        { "POST", Requests.CaravanMates, "{\"name\": ", null },
        { "POST", Requests.CaravanMates, "", "body" },
        { "POST", Requests.CaravanMates, "{\"registeredOn\": \"2024-01-01\"}", "name" },
        { "POST", Requests.CaravanMates, "{\"name\": \"講師\"}", "registeredOn" },
        { "POST", Requests.CaravanMates, "{\"name\": \"" + new string('あ', 101) + "\", \"registeredOn\": \"2024-01-01\"}", "name" },
        { "POST", Requests.CaravanMates, "{\"name\": \"講師\\u0000\", \"registeredOn\": \"2024-01-01\"}", "name" },
        { "POST", Requests.CaravanMates, "{\"name\": \"講師\", \"registeredOn\": \"0001-01-01\"}", "registeredOn" },
        { "POST", Requests.Courses, Course("\"audience\": \"Aliens\""), "audience" },
        { "POST", Requests.Courses, Course("\"participants\": 0"), "participants" },
        { "POST", Requests.Courses, Course("\"participants\": 1e400"), "participants" },
        { "POST", Requests.Courses, Course("\"instructorIds\": []"), "instructorIds" },
        { "POST", Requests.Courses, Course("\"instructorIds\": [null]"), "instructorIds[0]" },
        { "POST", Requests.Courses, Course("\"instructorIds\": [\"" + Mate + "\"]"), "instructorIds[0]" },
        { "POST", Requests.Courses, Course("\"heldOn\": \"9999-12-31\""), "heldOn" },
        { "POST", Requests.Courses, Course("\"requestingOrganization\": \"\""), "requestingOrganization" },
        { "POST", Requests.Courses, Course("\"dailyLifeAreaId\": \"kodaira-9\""), "dailyLifeAreaId" },
        { "GET", Requests.Courses + "?fiscalYear=1999", null, "fiscalYear" },
        { "GET", Requests.Courses + "?audience=Aliens", null, "audience" },
        { "GET", Requests.Courses + "?pageSize=0", null, "pageSize" },
        { "GET", Requests.Courses + "/totals?month=2025-13", null, "month" },
        { "GET", Requests.Courses + "/totals?fiscalYear=2025&month=9999-12", null, "month" },
        { "POST", Requests.Cafes, "{\"name\": \"カフェ\"}", null },
        { "POST", Requests.Cafes, Cafe("\"partnerOrganizations\": [null]"), "partnerOrganizations" },
        { "POST", Requests.Cafes, Cafe("\"partnerOrganizations\": [{\"name\": \"\"}]"), "partnerOrganizations[0].name" },
        { "POST", Requests.Cafes, Cafe("\"startedOn\": \"2999-01-01\""), "startedOn" },
        { "POST", Requests.ConsultationDays, "{\"heldOn\": \"2025-06-01\", \"venue\": \"公民館\", \"consultations\": -1}", "consultations" },
        { "POST", Requests.ConsultationDays, "{\"heldOn\": \"2025-06-01\", \"venue\": \"公民館\", \"referredOnward\": 1}", "consultations" },
        { "POST", Requests.ConsultationDays, "{\"heldOn\": \"2025-06-01\", \"venue\": \"公民館\", \"consultations\": 1, \"referredOnward\": 2}", "referredOnward" },
        { "POST", Requests.ConsultationDays, "{\"heldOn\": \"2025-06-01\"}", "venue" },
        { "GET", Requests.ConsultationDays + "/compliance?fiscalYear=abc", null, "fiscalYear" },
        { "POST", Requests.Referrals, "{\"reasons\": [\"FamilyBurden\"]}", "caseId" },
        { "POST", Requests.Referrals, "{\"caseId\": \"" + Mate + "\", \"reasons\": []}", "reasons" },
        { "POST", Requests.Referrals, "{\"caseId\": \"" + Mate + "\", \"reasons\": [\"Boredom\"]}", "reasons[0]" },
        { "POST", Requests.Referrals, "{\"caseId\": \"not-a-guid\", \"reasons\": [\"FamilyBurden\"]}", "caseId" },
        { "POST", Requests.Referrals, "{\"caseId\": \"" + Mate + "\", \"referredOn\": \"2025-07-01\", \"reasons\": [\"FamilyBurden\"]}", "referredOn" },
        { "GET", Requests.Referrals + "?stage=Lost", null, "stage" },
        { "POST", Requests.Teams, "{\"name\": \"チーム\", \"formedOn\": \"2025-01-01\", \"lifeSupportCoordinatorIds\": [\" \"]}", "lifeSupportCoordinatorIds[0]" },
        { "POST", Requests.Teams, "{\"name\": \"チーム\", \"formedOn\": \"2025-01-01\", \"lifeSupportCoordinatorIds\": [null]}", "lifeSupportCoordinatorIds" },
        { "POST", Requests.FamilyPrograms, "{\"kind\": \"Party\", \"heldOn\": \"2025-06-01\", \"theme\": \"介護\", \"participants\": 3}", "kind" },
        { "POST", Requests.FamilyPrograms, "{\"kind\": \"CaregiverClass\", \"heldOn\": \"2025-06-01\", \"theme\": \"介護\", \"participants\": 3, \"earlyOnset\": \"maybe\"}", "earlyOnset" },
        { "POST", Requests.PromoterConsultations, "{\"consultedOn\": \"2025-06-01\", \"consulter\": \"Family\", \"method\": \"Phone\", \"topics\": []}", "topics" },
        { "POST", Requests.PromoterConsultations, "{\"consultedOn\": \"2025-06-01\", \"consulter\": \"Cat\", \"method\": \"Phone\", \"topics\": [\"Other\"]}", "consulter" },
        { "GET", Requests.Figures + "?fiscalYear=2025&month=2026-04", null, "month" },
        { "GET", Requests.Figures + "?centerId=" + "%00", null, null },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_problem_naming_the_field_and_nothing_is_stored(string method, string url, string? body, string? field)
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var before = await service.StoredRowsAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, Json);
        }
        var response = await service.As(Center1Staff).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity or HttpStatusCode.NotFound, $"{(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
        if (field is not null)
        {
            Assert.Contains(field, await response.ProblemFieldsAsync());
        }
        Assert.Equal(before, await service.StoredRowsAsync());
    }

    [Fact]
    public async Task Without_a_token_or_a_work_role_nothing_is_answered()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Requests.Courses)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.As(UnscopedPartner).GetAsync(Requests.Courses)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.As(ReportsService).PostJsonAsync(Requests.CaravanMates, Requests.CaravanMate())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Anonymous().GetAsync(Requests.Root)).StatusCode);
    }

    [Fact]
    public async Task A_referral_while_Consultations_does_not_answer_is_503_and_stores_nothing()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var before = await service.StoredRowsAsync();
        var response = await service.As(Center1Staff).PostJsonAsync(Requests.Referrals, Requests.Referral(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(before, await service.StoredRowsAsync());
    }

    private static string Course(string replaced) => With(
        "{\"heldOn\": \"2025-06-01\", \"requestingOrganization\": \"自治会\", \"audience\": \"Residents\", \"instructorIds\": [\"" + Mate + "\"], \"participants\": 10}", replaced);

    private static string Cafe(string replaced) => With(
        "{\"name\": \"カフェ\", \"operator\": \"センター\", \"venue\": \"公民館\", \"schedule\": \"毎月\", \"startedOn\": \"2025-04-01\"}", replaced);

    /// <summary>The body with one field replaced (or added).</summary>
    private static string With(string body, string replaced)
    {
        var name = replaced[..(replaced.IndexOf(':') + 1)];
        var start = body.IndexOf(name, StringComparison.Ordinal);
        if (start < 0)
        {
            return body[..^1] + ", " + replaced + "}";
        }
        var end = body.IndexOfAny([',', '}'], body[start..].StartsWith(name + " [", StringComparison.Ordinal) ? body.IndexOf(']', start) : start);
        return body[..start] + replaced + body[end..];
    }
}
