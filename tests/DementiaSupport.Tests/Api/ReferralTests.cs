using System.Net;
using System.Text.Json;
using HoukatsuCare.DementiaSupport.Referrals;
using static HoukatsuCare.DementiaSupport.Tests.Callers;

namespace HoukatsuCare.DementiaSupport.Tests.Api;

/// <summary>Referrals to the initial-phase team, each checked over real gRPC with a Consultations host in the same process.</summary>
public sealed class ReferralTests(WithConsultationsFixture service) : IClassFixture<WithConsultationsFixture>
{
    private Task<List<string>> EventsOf(Guid referralId) => service.StringsAsync(
        "SELECT message_type FROM outbox_messages WHERE aggregate_id = @id ORDER BY sequence", ("id", referralId.ToString()));

    [Fact]
    public async Task A_referral_goes_referred_accepted_intervening_closed_with_durations_liaisons_and_one_event()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var caseId = await service.OpenCaseAsync(Center1Staff, "kodaira-1");
        var staff = service.As(Center1Staff);

        var referral = await staff.CreatedAsync<ReferralResponse>(Requests.Referrals, Requests.Referral(caseId));
        Assert.Equal(ReferralStage.Referred, referral.Stage);
        Assert.Equal("kodaira-center-1", referral.CenterId);
        Assert.Equal("kodaira-1", referral.DailyLifeAreaId);
        Assert.Equal([ReferralStage.Accepted, ReferralStage.Closed], referral.AllowedTransitions);
        Assert.Equal(60, referral.Durations.DaysOpen);
        // Consultations answered the caller, under the caller's own token, and audited the read
        Assert.Equal(1, await service.CountInConsultationsAsync(
            "SELECT count(*) FROM audit_records WHERE subject = 'staff-k1' AND endpoint LIKE '%GetCaseSummary%'"));

        Assert.Equal(["HoukatsuCare.Contracts.Events.InitialSupportReferralMade"], await EventsOf(referral.Id));
        var payload = JsonDocument.Parse((await service.StringsAsync("SELECT payload::text FROM outbox_messages WHERE aggregate_id = @id", ("id", referral.Id.ToString()))).Single()).RootElement;
        Assert.Equal(caseId, payload.GetProperty("caseId").GetGuid());
        Assert.Equal("kodaira-center-1", payload.GetProperty("centerId").GetString());
        Assert.Equal("2025-05-01", payload.GetProperty("referredOn").GetString());
        Assert.DoesNotContain("認知", payload.GetRawText(), StringComparison.Ordinal); // the client's name never leaves Consultations

        var twice = await staff.PostJsonAsync(Requests.Referrals, Requests.Referral(caseId));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(referral.Id, (await twice.ProblemAsync()).GetProperty("referralId").GetGuid());

        var skip = await staff.PostJsonAsync($"{Requests.Referrals}/{referral.Id}/transitions", new { to = "Intervening", on = "2025-05-08", version = referral.Version });
        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Equal(["Accepted", "Closed"], (await skip.ProblemAsync()).GetProperty("allowedTransitions").EnumerateArray().Select(e => e.GetString()));
        var beforeReferral = await staff.PostJsonAsync($"{Requests.Referrals}/{referral.Id}/transitions", new { to = "Accepted", on = "2025-04-30", version = referral.Version });
        Assert.Equal(["on"], await beforeReferral.ProblemFieldsAsync());

        var accepted = await Move(staff, referral, "Accepted", "2025-05-08");
        var intervening = await Move(staff, accepted, "Intervening", "2025-05-15");
        var noOutcome = await staff.PostJsonAsync($"{Requests.Referrals}/{referral.Id}/transitions", new { to = "Closed", on = "2025-06-20", version = intervening.Version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noOutcome.StatusCode);
        Assert.Equal(["outcome"], await noOutcome.ProblemFieldsAsync());
        var stale = await staff.PostJsonAsync($"{Requests.Referrals}/{referral.Id}/transitions", new { to = "Closed", on = "2025-06-20", outcome = "ConnectedToMedicalCare", version = accepted.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var liaison = await staff.PostJsonAsync($"{Requests.Referrals}/{referral.Id}/liaisons",
            new { partner = "DementiaMedicalCenter", organization = "○○病院 認知症疾患医療センター", purpose = "Diagnosis", contactedOn = "2025-05-20" });
        Assert.Equal(HttpStatusCode.Created, liaison.StatusCode);

        var closed = await staff.PostJsonAsync($"{Requests.Referrals}/{referral.Id}/transitions", new { to = "Closed", on = "2025-06-20", outcome = "ConnectedToMedicalCare", version = intervening.Version });
        var done = await closed.ReadAsync<ReferralResponse>();
        Assert.Equal(ReferralStage.Closed, done.Stage);
        Assert.Equal(ReferralOutcome.ConnectedToMedicalCare, done.Outcome);
        Assert.Equal(new ReferralDurations(7, 7, 36, 50, 50), done.Durations);
        Assert.Equal(LiaisonPartner.DementiaMedicalCenter, Assert.Single(done.Liaisons).Partner);

        // one event for the referral however far it went; the relay publishes it through the real broker
        Assert.Single(await EventsOf(referral.Id));
        await service.AllPublishedAsync();

        // a closed referral no longer blocks a new one for the same case
        var again = await staff.PostJsonAsync(Requests.Referrals, Requests.Referral(caseId, "2025-06-25"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task An_unknown_case_is_refused_naming_caseId_and_nothing_is_stored()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var before = await service.StoredRowsAsync();
        var response = await service.As(Center1Staff).PostJsonAsync(Requests.Referrals, Requests.Referral(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["caseId"], await response.ProblemFieldsAsync());
        Assert.Equal(before, await service.StoredRowsAsync());
    }

    [Fact]
    public async Task Another_municipalitys_case_is_refused_as_if_it_did_not_exist()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var irumaCase = await service.OpenCaseAsync(IrumaStaff, "iruma-toyooka");
        Assert.Equal(HttpStatusCode.Created, (await service.As(IrumaStaff).PostJsonAsync(Requests.Referrals, Requests.Referral(irumaCase, "2025-05-01"))).StatusCode);

        var before = await service.StoredRowsAsync();
        foreach (var kodaira in new[] { Center1Staff, CoreStaff, CityOfficer })
        {
            var response = await service.As(kodaira).PostJsonAsync(Requests.Referrals, Requests.Referral(irumaCase));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal(["caseId"], await response.ProblemFieldsAsync());
        }
        Assert.Equal(before, await service.StoredRowsAsync());
    }

    [Fact]
    public async Task Regional_staff_cannot_refer_or_see_another_centers_case_the_core_center_can()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var center2Case = await service.OpenCaseAsync(Center2Staff, "kodaira-2");

        var refused = await service.As(Center1Staff).PostJsonAsync(Requests.Referrals, Requests.Referral(center2Case));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["caseId"], await refused.ProblemFieldsAsync());

        var byCore = await service.As(CoreStaff).CreatedAsync<ReferralResponse>(Requests.Referrals, Requests.Referral(center2Case));
        Assert.Equal("kodaira-center-2", byCore.CenterId);

        var center1 = service.As(Center1Staff);
        Assert.Equal(HttpStatusCode.NotFound, (await center1.GetAsync($"{Requests.Referrals}/{byCore.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await center1.PostJsonAsync($"{Requests.Referrals}/{byCore.Id}/transitions", new { to = "Accepted", version = byCore.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await center1.PostJsonAsync($"{Requests.Referrals}/{byCore.Id}/liaisons",
            new { partner = "FamilyDoctor", organization = "△△クリニック", purpose = "InformationSharing", contactedOn = "2025-05-02" })).StatusCode);
        var listed = await (await center1.GetAsync(Requests.Referrals + "?fiscalYear=2025")).ReadAsync<JsonElement>();
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == byCore.Id);
        Assert.Equal(HttpStatusCode.OK, (await service.As(Center2Staff).GetAsync($"{Requests.Referrals}/{byCore.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_referral_before_the_case_was_opened_or_for_a_closed_case_is_refused()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var caseId = await service.OpenCaseAsync(Center1Staff, "kodaira-1", "2025-04-20");
        var early = await service.As(Center1Staff).PostJsonAsync(Requests.Referrals, Requests.Referral(caseId, "2025-04-19"));
        Assert.Equal(["referredOn"], await early.ProblemFieldsAsync());

        var consultations = service.ConsultationsAs(Center1Staff);
        var opened = await (await consultations.GetAsync($"/api/consultations/cases/{caseId}")).ReadAsync<JsonElement>();
        var initial = await (await consultations.PostJsonAsync($"/api/consultations/cases/{caseId}/transitions",
            new { to = "InitialResponse", on = "2025-04-20", version = opened.GetProperty("version").GetUInt32() })).ReadAsync<JsonElement>();
        await (await consultations.PostJsonAsync($"/api/consultations/cases/{caseId}/transitions",
            new { to = "ClosedAtInitialStage", on = "2025-04-21", referredAgency = "小平市高齢者支援課", version = initial.GetProperty("version").GetUInt32() })).ReadAsync<JsonElement>();
        var closed = await service.As(Center1Staff).PostJsonAsync(Requests.Referrals, Requests.Referral(caseId, "2025-05-01"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closed.StatusCode);
        Assert.Equal(["caseId"], await closed.ProblemFieldsAsync());
    }

    private static async Task<ReferralResponse> Move(HttpClient staff, ReferralResponse referral, string to, string on) =>
        await (await staff.PostJsonAsync($"{Requests.Referrals}/{referral.Id}/transitions", new { to, on, version = referral.Version })).ReadAsync<ReferralResponse>();
}
