using System.Net;
using System.Text.Json;
using HoukatsuCare.DementiaSupport.CaravanMates;
using HoukatsuCare.DementiaSupport.FamilySupport;
using HoukatsuCare.DementiaSupport.SupporterCourses;
using HoukatsuCare.DementiaSupport.TeamOrange;
using static HoukatsuCare.DementiaSupport.Tests.Callers;

namespace HoukatsuCare.DementiaSupport.Tests.Api;

public sealed class TeamOrangeAndFamilyTests(DementiaSupportFixture service) : IClassFixture<DementiaSupportFixture>
{
    [Fact]
    public async Task A_team_links_coordinators_keeps_its_supporters_with_audited_reads_and_records_support_without_names()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var staff = service.As(Center1Staff);
        var mate = await staff.CreatedAsync<CaravanMateResponse>(Requests.CaravanMates, Requests.CaravanMate());
        var course = await staff.CreatedAsync<SupporterCourseResponse>(Requests.Courses, Requests.Course(mate.Id, "2025-04-20"));

        var team = await staff.CreatedAsync<TeamResponse>(Requests.Teams, new
        {
            name = "チームオレンジ小川",
            @base = "小川地区センター",
            formedOn = "2025-05-01",
            lifeSupportCoordinatorIds = new[] { "coordinator-k1", "coordinator-k1", "coordinator-tier1" },
        });
        Assert.Equal(["coordinator-k1", "coordinator-tier1"], team.LifeSupportCoordinatorIds);
        Assert.Equal("kodaira-1", team.DailyLifeAreaId);

        var leader = await staff.CreatedAsync<MemberResponse>($"{Requests.Teams}/{team.Id}/members",
            new { name = "支援 太郎", role = "Leader", supporterCourseId = course.Id, joinedOn = "2025-05-01" });
        await staff.CreatedAsync<MemberResponse>($"{Requests.Teams}/{team.Id}/members", new { name = "支援 花子", role = "Member", joinedOn = "2025-05-10" });
        Assert.Equal(["supporterCourseId"], await (await staff.PostJsonAsync($"{Requests.Teams}/{team.Id}/members",
            new { name = "支援 次郎", role = "Member", supporterCourseId = Guid.NewGuid(), joinedOn = "2025-05-10" })).ProblemFieldsAsync());
        Assert.Equal(["joinedOn"], await (await staff.PostJsonAsync($"{Requests.Teams}/{team.Id}/members",
            new { name = "支援 次郎", role = "Member", joinedOn = "2025-04-30" })).ProblemFieldsAsync());

        var members = await (await staff.GetAsync($"{Requests.Teams}/{team.Id}/members")).ReadAsync<JsonElement>();
        Assert.Equal(2, members.GetProperty("total").GetInt32());
        Assert.Equal(2, await service.CountAsync("SELECT count(*) FROM audit_records WHERE subject = 'staff-k1' AND endpoint LIKE '%members%'"));

        await staff.PostJsonAsync($"{Requests.Teams}/{team.Id}/members/{leader.Id}/departure", new { leftOn = "2025-06-20" });
        Assert.Equal(1, (await (await staff.GetAsync($"{Requests.Teams}/{team.Id}")).ReadAsync<TeamResponse>()).ActiveMembers);

        var activity = await staff.CreatedAsync<ActivityResponse>($"{Requests.Teams}/{team.Id}/activities",
            new { on = "2025-06-05", kind = "WatchOver", peopleSupported = 3, membersTakingPart = 2 });
        Assert.Equal(SupportKind.WatchOver, activity.Kind);
        Assert.Equal(["on"], await (await staff.PostJsonAsync($"{Requests.Teams}/{team.Id}/activities",
            new { on = "2025-04-05", kind = "WatchOver", peopleSupported = 3, membersTakingPart = 2 })).ProblemFieldsAsync());

        var other = service.As(Center2Staff);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Requests.Teams}/{team.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Requests.Teams}/{team.Id}/members")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"{Requests.Teams}/{team.Id}/activities",
            new { on = "2025-06-05", kind = "WatchOver", peopleSupported = 3, membersTakingPart = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"{Requests.Teams}/{team.Id}/members/{leader.Id}/departure", new { leftOn = "2025-06-20" })).StatusCode);

        var stale = await staff.PutJsonAsync($"{Requests.Teams}/{team.Id}", new { name = "チームオレンジ小川", lifeSupportCoordinatorIds = Array.Empty<string>(), version = team.Version + 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var disbanded = await (await staff.PutJsonAsync($"{Requests.Teams}/{team.Id}",
            new { name = "チームオレンジ小川", lifeSupportCoordinatorIds = new[] { "coordinator-k1" }, disbandedOn = "2025-06-29", version = team.Version })).ReadAsync<TeamResponse>();
        Assert.Equal(new DateOnly(2025, 6, 29), disbanded.DisbandedOn);
        var listed = await (await staff.GetAsync(Requests.Teams)).ReadAsync<JsonElement>();
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetGuid() == team.Id);
    }

    [Fact]
    public async Task Family_programs_and_promoter_consultations_are_counted_with_early_onset_apart()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var staff = service.As(IrumaStaff);
        await staff.CreatedAsync<FamilyProgramResponse>(Requests.FamilyPrograms,
            new { kind = "CaregiverClass", heldOn = "2025-05-20", theme = "認知症の人への接し方", participants = 12, partnerOrganization = "家族の会" });
        await staff.CreatedAsync<FamilyProgramResponse>(Requests.FamilyPrograms,
            new { kind = "FamilyGathering", heldOn = "2025-06-10", theme = "若年性認知症の本人と家族のつどい", participants = 6, earlyOnset = true });
        var consultation = await staff.CreatedAsync<PromoterConsultationResponse>(Requests.PromoterConsultations,
            new { consultedOn = "2025-06-12", consulter = "Family", method = "Phone", topics = new[] { "WorkAndIncome", "MedicalCare", "WorkAndIncome" }, earlyOnset = true });
        Assert.Equal([PromoterTopic.WorkAndIncome, PromoterTopic.MedicalCare], consultation.Topics);
        Assert.Equal("staff-i1", consultation.PromoterId);
        await staff.CreatedAsync<PromoterConsultationResponse>(Requests.PromoterConsultations,
            new { consultedOn = "2025-06-13", consulter = "Resident", method = "Office", topics = new[] { "LivingInCommunity" } });

        var earlyOnset = await (await staff.GetAsync($"{Requests.PromoterConsultations}?fiscalYear=2025&earlyOnsetOnly=true")).ReadAsync<JsonElement>();
        Assert.Equal(1, earlyOnset.GetProperty("total").GetInt32());
        var classes = await (await staff.GetAsync($"{Requests.FamilyPrograms}?kind=CaregiverClass")).ReadAsync<JsonElement>();
        Assert.Equal(1, classes.GetProperty("total").GetInt32());
        Assert.Equal(0, (await (await service.As(Center1Staff).GetAsync(Requests.FamilyPrograms)).ReadAsync<JsonElement>()).GetProperty("total").GetInt32());
    }
}
