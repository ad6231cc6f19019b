using System.Net;
using Grpc.Core;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Figures;
using HoukatsuCare.Contracts.Consultations.V1;
using static HoukatsuCare.Consultations.Tests.Callers;

namespace HoukatsuCare.Consultations.Tests.Api;

/// <summary>Figures over gRPC and HTTP equal what was recorded through the API (own database: nothing else counts).</summary>
public sealed class FiguresTests(ConsultationsFixture service) : IClassFixture<ConsultationsFixture>
{
    [Fact]
    public async Task Monthly_figures_count_distinct_clients_and_contacts_and_grpc_agrees_with_http()
    {
        var staff = service.As(Center1Staff);
        var a = await staff.CreateClientAsync(Requests.Client("集計 一", "シュウケイ ハジメ", "1940-01-01"));
        var b = await staff.CreateClientAsync(Requests.Client("集計 二", "シュウケイ ツギ", "1941-01-01"));
        var other = await service.As(Center2Staff).CreateClientAsync(Requests.Client("別所 三", "ベッショ サン", "1942-01-01", "kodaira-2"));

        // March: a's case opened, so in April it is a continuing case
        var march = await staff.OpenCaseAsync(Requests.Case(a.Id, openedOn: "2025-03-20", route: "InPerson", consulter: "Self", topics: ["Medical"]));
        // April: two new cases for b, one for a; notes on the March case and one April case
        var april1 = await staff.OpenCaseAsync(Requests.Case(b.Id, openedOn: "2025-04-02", route: "Phone", consulter: "Family", topics: ["LongTermCareInsurance", "Dementia"]));
        await staff.OpenCaseAsync(Requests.Case(b.Id, openedOn: "2025-04-30", route: "HomeVisit", consulter: "WelfareCommissioner", topics: ["Dementia"]));
        await staff.OpenCaseAsync(Requests.Case(a.Id, openedOn: "2025-04-15", route: "Phone", consulter: "CareManager", topics: ["Abuse"]));
        await service.As(Center2Staff).OpenCaseAsync(Requests.Case(other.Id, openedOn: "2025-04-03")); // another center
        foreach (var (caseId, at) in new[] { (march.Id, "2025-04-01T09:00:00+09:00"), (march.Id, "2025-04-20T09:00:00+09:00"), (april1.Id, "2025-04-03T09:00:00+09:00"), (april1.Id, "2025-05-01T00:30:00+09:00") })
        {
            var note = await staff.PostJsonAsync($"{Requests.Cases}/{caseId}/notes", new { contactedAt = at, method = "Phone", participants = "本人", content = "状況確認" });
            Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        }
        // March's case closes in April at the initial stage (the notes changed its version: read it again)
        var current = await (await staff.GetAsync($"{Requests.Cases}/{march.Id}")).ReadAsync<CaseResponse>();
        var initial = await staff.MoveAsync(current, CaseStage.InitialResponse, on: "2025-04-01");
        await staff.MoveAsync(initial, CaseStage.ClosedAtInitialStage, on: "2025-04-20", referredAgency: "地域の医療機関");

        var http = await (await staff.GetAsync("/api/consultations/figures/monthly?month=2025-04")).ReadAsync<Figures.MonthlyFigures>();
        Assert.Equal((2025, "令和7年4月"), (http.FiscalYear, http.EraMonth));
        Assert.Equal(2, http.DistinctClients);        // a and b
        Assert.Equal(3 + 3, http.Contacts);           // 3 openings + 3 April notes (the 5/1 00:30 JST note is May)
        Assert.Equal(3, http.NewCases);
        Assert.Equal(1, http.ContinuingCases);
        Assert.Equal(new Dictionary<string, int> { ["HomeVisit"] = 1, ["Phone"] = 2 }, http.ByRoute);
        Assert.Equal(new Dictionary<string, int> { ["CareManager"] = 1, ["Family"] = 1, ["WelfareCommissioner"] = 1 }, http.ByConsulter);
        Assert.Equal(new Dictionary<string, int> { ["Abuse"] = 1, ["Dementia"] = 2, ["LongTermCareInsurance"] = 1 }, http.ByTopic);
        Assert.Equal(new Dictionary<string, int> { ["情報提供・関係機関紹介"] = 1 }, http.ClosedByReason);

        var grpc = await service.Grpc(CityOfficer).GetMonthlyFiguresAsync(new GetMonthlyFiguresRequest { CenterId = "kodaira-center-1", Month = "2025-04" });
        Assert.Equal((http.FiscalYear, http.EraMonth), (grpc.FiscalYear, grpc.EraMonth));
        Assert.Equal(http.DistinctClients, grpc.DistinctClients);
        Assert.Equal(http.Contacts, grpc.Contacts);
        Assert.Equal(http.NewCases, grpc.NewCases);
        Assert.Equal(http.ContinuingCases, grpc.ContinuingCases);
        Assert.Equal(http.ByRoute, grpc.ByRoute.ToDictionary(c => c.Key, c => c.Value));
        Assert.Equal(http.ByConsulter, grpc.ByConsulter.ToDictionary(c => c.Key, c => c.Value));
        Assert.Equal(http.ByTopic, grpc.ByTopic.ToDictionary(c => c.Key, c => c.Value));
        Assert.Equal(http.ClosedByReason, grpc.ClosedByReason.ToDictionary(c => c.Key, c => c.Value));

        var caseload = await service.Grpc(Center1Staff).GetCaseloadAsync(new GetCaseloadRequest { CenterId = "kodaira-center-1" });
        Assert.Equal(3, caseload.OpenCases);
        Assert.Equal(3, caseload.ByStage.Single(s => s.Key == "Received").Value);
        var httpCaseload = await (await staff.GetAsync("/api/consultations/figures/caseload")).ReadAsync<Figures.Caseload>();
        Assert.Equal(caseload.OpenCases, httpCaseload.OpenCases);

        // another municipality cannot ask about this center
        var refused = await Assert.ThrowsAsync<RpcException>(() => service.Grpc(IrumaCity).GetMonthlyFiguresAsync(new GetMonthlyFiguresRequest { CenterId = "kodaira-center-1", Month = "2025-04" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task The_case_summary_is_minimised_and_only_for_the_same_municipality()
    {
        // the core center registers this one for center 3, so the figures of center 1 above stay exact
        var core = service.As(CoreStaff);
        var body = Requests.Client("要約 花", "ヨウヤク ハナ", "1940-05-03", "kodaira-3");
        body["centerId"] = "kodaira-center-3";
        var client = await core.CreateClientAsync(body);
        var consultation = await core.OpenCaseAsync(Requests.Case(client.Id));

        var summary = await service.Grpc(CityOfficer).GetCaseSummaryAsync(new GetCaseSummaryRequest { CaseId = consultation.Id.ToString() });
        Assert.Equal("kodaira-center-3", summary.CenterId);
        Assert.Equal("kodaira-3", summary.DailyLifeAreaId);
        Assert.Equal(["LongTermCareInsurance", "Dementia"], summary.Topics);
        Assert.Equal("Support1", summary.CareLevel);
        Assert.InRange(summary.ClientAge, 84, 87);
        Assert.DoesNotContain("要約", summary.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("小平市小川町", summary.ToString(), StringComparison.Ordinal);

        // a service client with the read scope may ask; a partner without it may not, nor over HTTP
        Assert.Equal(summary, await service.Grpc(MeetingsService).GetCaseSummaryAsync(new GetCaseSummaryRequest { CaseId = consultation.Id.ToString() }));
        var unscoped = await Assert.ThrowsAsync<RpcException>(() => service.Grpc(UnscopedPartner).GetCaseSummaryAsync(new GetCaseSummaryRequest { CaseId = consultation.Id.ToString() }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, unscoped.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.As(MeetingsService).GetAsync($"/api/consultations/cases/{consultation.Id}")).StatusCode);

        var foreign = await Assert.ThrowsAsync<RpcException>(() => service.Grpc(IrumaStaff).GetCaseSummaryAsync(new GetCaseSummaryRequest { CaseId = consultation.Id.ToString() }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(
            ["city-k", "meetings"],
            await service.StringsAsync("SELECT subject FROM audit_records WHERE client_id = @id AND endpoint = 'POST /houkatsu.consultations.v1.ConsultationsQueries/GetCaseSummary' ORDER BY subject", ("id", client.Id)));

        var anonymous = await Assert.ThrowsAsync<RpcException>(() => new ConsultationsQueries.ConsultationsQueriesClient(
            global::Grpc.Net.Client.GrpcChannel.ForAddress("http://localhost", new() { HttpHandler = service.Handler() }))
            .GetCaseSummaryAsync(new GetCaseSummaryRequest { CaseId = consultation.Id.ToString() }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }
}
