using System.Net;
using HoukatsuCare.DementiaSupport.ConsultationDays;
using static HoukatsuCare.DementiaSupport.Tests.Callers;

namespace HoukatsuCare.DementiaSupport.Tests.Api;

/// <summary>小平市 事業計画 4(9): 各圏域で認知症相談会を年1回 — per area, by the profile's target, as the clock moves through the year.</summary>
public sealed class ConsultationDayTests(DementiaSupportFixture service) : IClassFixture<DementiaSupportFixture>
{
    [Fact]
    public async Task Compliance_per_area_follows_held_planned_and_cancelled_days_and_the_end_of_the_fiscal_year()
    {
        service.Clock.SetToday(new DateOnly(2019, 9, 1));
        var core = service.As(CoreStaff);
        var center1 = service.As(Center1Staff);
        var center2 = service.As(Center2Staff);

        // area 1: held in June; area 2: planned for November; area 3: planned then cancelled; area 4: held by the core center; area 5: nothing
        await center1.CreatedAsync<ConsultationDayResponse>(Requests.ConsultationDays, Requests.ConsultationDay("2019-06-15", consultations: 8));
        var planned = await center2.CreatedAsync<ConsultationDayResponse>(Requests.ConsultationDays, Requests.ConsultationDay("2019-11-20"));
        var cancelled = await core.CreatedAsync<ConsultationDayResponse>(Requests.ConsultationDays, Requests.ConsultationDay("2019-10-01", "kodaira-3", centerId: "kodaira-core"));
        await core.PostJsonAsync($"{Requests.ConsultationDays}/{cancelled.Id}/cancellation", new { version = cancelled.Version });
        await core.CreatedAsync<ConsultationDayResponse>(Requests.ConsultationDays, Requests.ConsultationDay("2019-07-07", "kodaira-4", 5, centerId: "kodaira-core"));

        var september = await Compliance(CityOfficer, 2019);
        Assert.Equal("平成31年度", september.FiscalYearLabel);
        Assert.Equal("4(9)", september.Section);
        Assert.Equal(
            [("kodaira-1", 1, 0, ComplianceStatus.Met), ("kodaira-2", 0, 1, ComplianceStatus.OnTrack), ("kodaira-3", 0, 0, ComplianceStatus.Behind),
             ("kodaira-4", 1, 0, ComplianceStatus.Met), ("kodaira-5", 0, 0, ComplianceStatus.Behind)],
            september.Areas.Select(a => (a.DailyLifeAreaId, a.Held, a.Scheduled, a.Status!.Value)));
        Assert.All(september.Areas, a => Assert.Equal(1m, a.Target));

        // the day passes without a result: still on track (awaiting its result) while the year runs
        service.Clock.SetToday(new DateOnly(2019, 12, 1));
        var december = await Compliance(CityOfficer, 2019);
        Assert.Equal((0, 1, ComplianceStatus.OnTrack), (december.Areas[1].Scheduled, december.Areas[1].AwaitingResult, december.Areas[1].Status!.Value));
        var result = await center2.PostJsonAsync($"{Requests.ConsultationDays}/{planned.Id}/result", new { consultations = 6, referredOnward = 2, version = planned.Version });
        Assert.Equal(ConsultationDayStatus.Held, (await result.ReadAsync<ConsultationDayResponse>()).Status);
        Assert.Equal(ComplianceStatus.Met, (await Compliance(CityOfficer, 2019)).Areas[1].Status);

        // a regional center sees its own area
        var own = await Compliance(Center2Staff, 2019);
        Assert.Equal(["kodaira-2"], own.Areas.Select(a => a.DailyLifeAreaId));

        // after 31 March nothing is "on track" any more: a day planned for area 5 but never held leaves it behind
        await core.CreatedAsync<ConsultationDayResponse>(Requests.ConsultationDays, Requests.ConsultationDay("2020-03-10", "kodaira-5", centerId: "kodaira-core"));
        service.Clock.SetToday(new DateOnly(2020, 4, 1));
        var yearEnd = await Compliance(CityOfficer, 2019);
        Assert.Equal([ComplianceStatus.Met, ComplianceStatus.Met, ComplianceStatus.Behind, ComplianceStatus.Met, ComplianceStatus.Behind], yearEnd.Areas.Select(a => a.Status!.Value));
    }

    [Fact]
    public async Task Results_are_recorded_once_the_day_has_come_and_cancelled_or_held_days_refuse_the_other_step()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 1));
        var staff = service.As(Center1Staff);
        var future = await staff.CreatedAsync<ConsultationDayResponse>(Requests.ConsultationDays, Requests.ConsultationDay("2025-06-20"));
        Assert.Equal(ConsultationDayStatus.Scheduled, future.Status);
        var early = await staff.PostJsonAsync($"{Requests.ConsultationDays}/{future.Id}/result", new { consultations = 3, version = future.Version });
        Assert.Equal(["consultations"], await early.ProblemFieldsAsync());
        Assert.Equal(["consultations"], await (await staff.PostJsonAsync(Requests.ConsultationDays, Requests.ConsultationDay("2025-06-20", consultations: 3))).ProblemFieldsAsync());

        service.Clock.SetToday(new DateOnly(2025, 6, 21));
        var tooMany = await staff.PostJsonAsync($"{Requests.ConsultationDays}/{future.Id}/result", new { consultations = 3, referredOnward = 4, version = future.Version });
        Assert.Equal(["referredOnward"], await tooMany.ProblemFieldsAsync());
        var held = await (await staff.PostJsonAsync($"{Requests.ConsultationDays}/{future.Id}/result", new { consultations = 3, version = future.Version })).ReadAsync<ConsultationDayResponse>();
        var cancelHeld = await staff.PostJsonAsync($"{Requests.ConsultationDays}/{future.Id}/cancellation", new { version = held.Version });
        Assert.Equal(HttpStatusCode.Conflict, cancelHeld.StatusCode);

        var other = await staff.CreatedAsync<ConsultationDayResponse>(Requests.ConsultationDays, Requests.ConsultationDay("2025-09-20"));
        Assert.Equal(HttpStatusCode.NotFound, (await service.As(Center2Staff).PostJsonAsync($"{Requests.ConsultationDays}/{other.Id}/cancellation", new { version = other.Version })).StatusCode);
        var cancelled = await (await staff.PostJsonAsync($"{Requests.ConsultationDays}/{other.Id}/cancellation", new { version = other.Version })).ReadAsync<ConsultationDayResponse>();
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostJsonAsync($"{Requests.ConsultationDays}/{other.Id}/result", new { consultations = 1, version = cancelled.Version })).StatusCode);
    }

    [Fact]
    public async Task A_municipality_without_the_target_gets_counts_without_a_status()
    {
        service.Clock.SetToday(new DateOnly(2025, 8, 1));
        await service.As(IrumaStaff).CreatedAsync<ConsultationDayResponse>(Requests.ConsultationDays, Requests.ConsultationDay("2025-07-01", consultations: 4));
        var iruma = await Compliance(IrumaStaff, 2025);
        var area = Assert.Single(iruma.Areas);
        Assert.Equal(("iruma-toyooka", 1, (decimal?)null, (ComplianceStatus?)null), (area.DailyLifeAreaId, area.Held, area.Target, area.Status));
    }

    private async Task<ConsultationDayComplianceResponse> Compliance(HoukatsuCare.TestSupport.TestCaller caller, int fiscalYear) =>
        await (await service.As(caller).GetAsync($"{Requests.ConsultationDays}/compliance?fiscalYear={fiscalYear}")).ReadAsync<ConsultationDayComplianceResponse>();
}
