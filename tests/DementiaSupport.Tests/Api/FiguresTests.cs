using System.Net;
using Grpc.Core;
using HoukatsuCare.Contracts.DementiaSupport.V1;
using HoukatsuCare.DementiaSupport.Cafes;
using HoukatsuCare.DementiaSupport.CaravanMates;
using HoukatsuCare.DementiaSupport.ConsultationDays;
using HoukatsuCare.DementiaSupport.SupporterCourses;
using HoukatsuCare.DementiaSupport.TeamOrange;
using HttpFigures = HoukatsuCare.DementiaSupport.Figures.DementiaSupportFigures;
using static HoukatsuCare.DementiaSupport.Tests.Callers;

namespace HoukatsuCare.DementiaSupport.Tests.Api;

/// <summary>The figures the Reports service composes: the same numbers over HTTP and gRPC, per center or for the municipality.</summary>
public sealed class FiguresTests(DementiaSupportFixture service) : IClassFixture<DementiaSupportFixture>
{
    [Fact]
    public async Task Figures_for_a_year_and_a_month_agree_over_http_and_grpc()
    {
        service.Clock.SetToday(new DateOnly(2022, 3, 15));
        var center1 = service.As(Center1Staff);
        var mateRequest = Requests.CaravanMate();
        mateRequest["registeredOn"] = "2020-01-01";
        var mate = await center1.CreatedAsync<CaravanMateResponse>(Requests.CaravanMates, mateRequest);
        await center1.CreatedAsync<SupporterCourseResponse>(Requests.Courses, Requests.Course(mate.Id, "2021-05-10", "Students", 90));
        await service.As(Center2Staff).CreatedAsync<SupporterCourseResponse>(Requests.Courses, Requests.Course(mate.Id, "2021-09-10", "Residents", 25));
        var cafe = await center1.CreatedAsync<CafeResponse>(Requests.Cafes, Requests.Cafe("2021-04-01"));
        await center1.CreatedAsync<CafeSessionResponse>($"{Requests.Cafes}/{cafe.Id}/sessions", Requests.Session("2021-05-12", new[] { new { volunteerId = Guid.NewGuid(), hours = 2m } }));
        await center1.CreatedAsync<CafeSessionResponse>($"{Requests.Cafes}/{cafe.Id}/sessions", Requests.Session("2021-06-09"));
        await center1.CreatedAsync<ConsultationDayResponse>(Requests.ConsultationDays, Requests.ConsultationDay("2021-05-20", consultations: 7));
        var team = await center1.CreatedAsync<TeamResponse>(Requests.Teams, new { name = "チームオレンジ", formedOn = "2021-04-10" });
        await center1.CreatedAsync<MemberResponse>($"{Requests.Teams}/{team.Id}/members", new { name = "支援 一子", role = "Leader", joinedOn = "2021-04-10" });
        await center1.CreatedAsync<ActivityResponse>($"{Requests.Teams}/{team.Id}/activities", new { on = "2021-05-15", kind = "Companionship", peopleSupported = 2, membersTakingPart = 1 });
        await center1.CreatedAsync<ActivityResponse>($"{Requests.Teams}/{team.Id}/activities", new { on = "2021-08-15", kind = "OutingSupport", peopleSupported = 1, membersTakingPart = 2 });

        var year = await (await service.As(CityOfficer).GetAsync($"{Requests.Figures}?fiscalYear=2021")).ReadAsync<HttpFigures>();
        Assert.Equal(("令和3年度", (string?)null, new DateOnly(2021, 4, 1), new DateOnly(2022, 3, 31)), (year.FiscalYearLabel, year.CenterId, year.From, year.Until));
        Assert.Equal((2, 115), (year.SupporterCourses.Courses, year.SupporterCourses.Supporters));
        Assert.Equal((1, 2, 40, 1), (year.Cafes.ActiveCafes, year.Cafes.Sessions, year.Cafes.Attendance, year.Cafes.VolunteerHelps));
        Assert.Equal(10, year.Cafes.AttendanceByKind["PersonWithDementia"]);
        Assert.Equal(28, year.Cafes.AttendanceBySex["Female"]);
        Assert.Equal((1, 7), (year.ConsultationDays.Held, year.ConsultationDays.Consultations));
        Assert.Equal([ComplianceStatus.Met, ComplianceStatus.Behind, ComplianceStatus.Behind, ComplianceStatus.Behind, ComplianceStatus.Behind],
            year.ConsultationDays.Compliance.Areas.Select(a => a.Status!.Value));
        Assert.Equal((1, 1, 2, 3), (year.TeamOrange.Teams, year.TeamOrange.Members, year.TeamOrange.Activities, year.TeamOrange.PeopleSupported));

        var grpc = await service.Grpc(ReportsService).GetFiguresAsync(new GetFiguresRequest { FiscalYear = 2021 });
        Assert.Equal(("令和3年度", "", "2021-04-01", "2022-03-31"), (grpc.FiscalYearLabel, grpc.CenterId, grpc.From, grpc.Until));
        Assert.Equal((2, 115), (grpc.SupporterCourses.Courses, grpc.SupporterCourses.Supporters));
        Assert.Equal(year.SupporterCourses.ByAudience.Select(a => (a.Audience.ToString(), a.Supporters)), grpc.SupporterCourses.ByAudience.Select(a => (a.Audience, a.Supporters)));
        Assert.Equal((1, 2, 40, 1), (grpc.Cafes.ActiveCafes, grpc.Cafes.Sessions, grpc.Cafes.Attendance, grpc.Cafes.VolunteerHelps));
        Assert.Equal(year.Cafes.AttendanceBySex.Select(kv => (kv.Key, kv.Value)), grpc.Cafes.AttendanceBySex.Select(c => (c.Key, c.Value)));
        Assert.Equal(["Met", "Behind", "Behind", "Behind", "Behind"], grpc.ConsultationDays.ByArea.Select(a => a.Status));
        Assert.All(grpc.ConsultationDays.ByArea, a => Assert.True(a.HasTarget && a.Target == 1));
        Assert.Equal((1, 1, 2, 3), (grpc.TeamOrange.Teams, grpc.TeamOrange.Members, grpc.TeamOrange.Activities, grpc.TeamOrange.PeopleSupported));

        // one month of one center
        var may = await (await center1.GetAsync($"{Requests.Figures}?fiscalYear=2021&month=2021-05")).ReadAsync<HttpFigures>();
        var grpcMay = await service.Grpc(ReportsService).GetFiguresAsync(new GetFiguresRequest { FiscalYear = 2021, Month = "2021-05", CenterId = "kodaira-center-1" });
        Assert.Equal(("kodaira-center-1", "2021-05"), (may.CenterId, may.Month));
        Assert.Equal((1, 90, 1, 1, 1), (may.SupporterCourses.Courses, may.SupporterCourses.Supporters, may.Cafes.Sessions, may.ConsultationDays.Held, may.TeamOrange.Activities));
        Assert.Equal((1, 90, 1, 1, 1), (grpcMay.SupporterCourses.Courses, grpcMay.SupporterCourses.Supporters, grpcMay.Cafes.Sessions, grpcMay.ConsultationDays.Held, grpcMay.TeamOrange.Activities));
        // a regional center cannot ask for another center over HTTP
        Assert.Equal(HttpStatusCode.NotFound, (await center1.GetAsync($"{Requests.Figures}?fiscalYear=2021&centerId=kodaira-center-2")).StatusCode);
    }

    [Fact]
    public async Task Grpc_refuses_callers_without_the_scope_bad_periods_and_unknown_centers()
    {
        var denied = await Assert.ThrowsAsync<RpcException>(async () => await service.Grpc(UnscopedPartner).GetFiguresAsync(new GetFiguresRequest { FiscalYear = 2025 }));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        var month = await Assert.ThrowsAsync<RpcException>(async () => await service.Grpc(ReportsService).GetFiguresAsync(new GetFiguresRequest { FiscalYear = 2025, Month = "2026-04" }));
        Assert.Equal(StatusCode.InvalidArgument, month.StatusCode);
        var year = await Assert.ThrowsAsync<RpcException>(async () => await service.Grpc(ReportsService).GetFiguresAsync(new GetFiguresRequest()));
        Assert.Equal(StatusCode.InvalidArgument, year.StatusCode);
        var center = await Assert.ThrowsAsync<RpcException>(async () => await service.Grpc(ReportsService).GetFiguresAsync(new GetFiguresRequest { FiscalYear = 2025, CenterId = "iruma-toyooka" }));
        Assert.Equal(StatusCode.NotFound, center.StatusCode);
    }
}
