using System.Net;
using System.Text.Json;
using HoukatsuCare.DementiaSupport.CaravanMates;
using HoukatsuCare.DementiaSupport.SupporterCourses;
using static HoukatsuCare.DementiaSupport.Tests.Callers;

namespace HoukatsuCare.DementiaSupport.Tests.Api;

public sealed class SupporterCourseTests(DementiaSupportFixture service) : IClassFixture<DementiaSupportFixture>
{
    [Fact]
    public async Task Totals_count_courses_and_supporters_per_audience_and_area_within_the_fiscal_year()
    {
        // FY2023 here: the other test of this class records in FY2025
        service.Clock.SetToday(new DateOnly(2024, 5, 10));
        var core = service.As(CoreStaff);
        var mateRequest = Requests.CaravanMate();
        mateRequest["registeredOn"] = "2020-10-01";
        var mate = await core.CreatedAsync<CaravanMateResponse>(Requests.CaravanMates, mateRequest);
        var center1 = service.As(Center1Staff);
        var center2 = service.As(Center2Staff);

        // FY2023 (令和5年度): April 2023 – March 2024
        await center1.CreatedAsync<SupporterCourseResponse>(Requests.Courses, Requests.Course(mate.Id, "2023-04-01", "Residents", 30));
        await center1.CreatedAsync<SupporterCourseResponse>(Requests.Courses, Requests.Course(mate.Id, "2023-11-05", "Students", 85));
        await center1.CreatedAsync<SupporterCourseResponse>(Requests.Courses, Requests.Course(mate.Id, "2024-03-31", "Students", 40));
        await center2.CreatedAsync<SupporterCourseResponse>(Requests.Courses, Requests.Course(mate.Id, "2023-07-15", "Workplace", 12));
        // the core center serves no area of its own: it names one
        await core.CreatedAsync<SupporterCourseResponse>(Requests.Courses, Requests.Course(mate.Id, "2023-09-01", "Government", 20, area: "kodaira-3", centerId: "kodaira-core"));
        // outside FY2025 on both sides
        await center1.CreatedAsync<SupporterCourseResponse>(Requests.Courses, Requests.Course(mate.Id, "2023-03-31", "Residents", 500));
        await center1.CreatedAsync<SupporterCourseResponse>(Requests.Courses, Requests.Course(mate.Id, "2024-04-01", "Residents", 700));

        var city = await (await service.As(CityOfficer).GetAsync($"{Requests.Courses}/totals?fiscalYear=2023")).ReadAsync<SupporterCourseTotals>();
        Assert.Equal(5, city.Courses);
        Assert.Equal(187, city.Supporters);
        Assert.Equal(
            [(CourseAudience.Residents, 1, 30), (CourseAudience.Students, 2, 125), (CourseAudience.Workplace, 1, 12), (CourseAudience.Government, 1, 20), (CourseAudience.Other, 0, 0)],
            city.ByAudience.Select(a => (a.Audience, a.Courses, a.Supporters)));
        Assert.Equal(["kodaira-1", "kodaira-2", "kodaira-3", "kodaira-4", "kodaira-5"], city.ByArea.Select(a => a.DailyLifeAreaId));
        Assert.Equal([155, 12, 20, 0, 0], city.ByArea.Select(a => a.Supporters));

        // a regional center's totals are its own; a month narrows them
        var own = await (await center1.GetAsync($"{Requests.Courses}/totals?fiscalYear=2023")).ReadAsync<SupporterCourseTotals>();
        Assert.Equal((3, 155), (own.Courses, own.Supporters));
        Assert.Equal(["kodaira-1"], own.ByArea.Select(a => a.DailyLifeAreaId));
        var november = await (await center1.GetAsync($"{Requests.Courses}/totals?fiscalYear=2023&month=2023-11")).ReadAsync<SupporterCourseTotals>();
        Assert.Equal((1, 85), (november.Courses, november.Supporters));
        // today is in FY2024
        var current = await (await center1.GetAsync($"{Requests.Courses}/totals")).ReadAsync<SupporterCourseTotals>();
        Assert.Equal((1, 700), (current.Courses, current.Supporters));

        Assert.Equal(HttpStatusCode.NotFound, (await center1.GetAsync($"{Requests.Courses}/totals?fiscalYear=2023&centerId=kodaira-center-2")).StatusCode);
        Assert.Equal(["month"], await (await center1.GetAsync($"{Requests.Courses}/totals?fiscalYear=2023&month=2024-04")).ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_course_needs_registered_caravan_mates_and_an_area_its_center_serves_and_raises_one_event()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var staff = service.As(Center1Staff);
        var mate = await staff.CreatedAsync<CaravanMateResponse>(Requests.CaravanMates, Requests.CaravanMate("講師 二郎"));
        var irumaMate = await service.As(IrumaStaff).CreatedAsync<CaravanMateResponse>(Requests.CaravanMates, Requests.CaravanMate("講師 入間"));

        var before = await service.StoredRowsAsync();
        var unknown = Requests.Course(mate.Id);
        unknown["instructorIds"] = new[] { mate.Id, irumaMate.Id };
        Assert.Equal(["instructorIds[1]"], await (await staff.PostJsonAsync(Requests.Courses, unknown)).ProblemFieldsAsync());
        Assert.Equal(["dailyLifeAreaId"], await (await staff.PostJsonAsync(Requests.Courses, Requests.Course(mate.Id, area: "kodaira-2"))).ProblemFieldsAsync());
        Assert.Equal(["dailyLifeAreaId"], await (await staff.PostJsonAsync(Requests.Courses, Requests.Course(mate.Id, area: "iruma-toyooka"))).ProblemFieldsAsync());
        Assert.Equal(["centerId"], await (await staff.PostJsonAsync(Requests.Courses, Requests.Course(mate.Id, centerId: "kodaira-center-2"))).ProblemFieldsAsync());
        Assert.Equal(["heldOn"], await (await staff.PostJsonAsync(Requests.Courses, Requests.Course(mate.Id, "2025-07-01"))).ProblemFieldsAsync());
        Assert.Equal(["centerId"], await (await service.As(CityOfficer).PostJsonAsync(Requests.Courses, Requests.Course(mate.Id))).ProblemFieldsAsync());
        Assert.Equal(before, await service.StoredRowsAsync());

        var request = new HttpRequestMessage(HttpMethod.Post, Requests.Courses) { Content = JsonContent(Requests.Course(mate.Id, "2025-06-01", "Other", 17)) };
        request.Headers.Add("Idempotency-Key", "course-2025-06-01");
        var course = await (await staff.SendAsync(request)).ReadAsync<SupporterCourseResponse>();
        var retry = new HttpRequestMessage(HttpMethod.Post, Requests.Courses) { Content = JsonContent(Requests.Course(mate.Id, "2025-06-01", "Other", 17)) };
        retry.Headers.Add("Idempotency-Key", "course-2025-06-01");
        Assert.Equal(course.Id, (await (await staff.SendAsync(retry)).ReadAsync<SupporterCourseResponse>()).Id);

        var events = await service.StringsAsync("SELECT payload::text FROM outbox_messages WHERE aggregate_id = @id", ("id", course.Id.ToString()));
        var held = JsonDocument.Parse(Assert.Single(events)).RootElement;
        Assert.Equal(17, held.GetProperty("participantCount").GetInt32());
        Assert.Equal("Other", held.GetProperty("audience").GetString());
        Assert.Equal("kodaira-1", held.GetProperty("dailyLifeAreaId").GetString());
        Assert.Equal("132110", held.GetProperty("municipalityCode").GetString());
        Assert.DoesNotContain("講師", events[0], StringComparison.Ordinal);
        await service.AllPublishedAsync();

        // another center's course does not exist for center 2; the roster is the municipality's
        Assert.Equal(HttpStatusCode.NotFound, (await service.As(Center2Staff).GetAsync($"{Requests.Courses}/{course.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.As(Center2Staff).GetAsync($"{Requests.CaravanMates}/{mate.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.As(IrumaStaff).GetAsync($"{Requests.CaravanMates}/{mate.Id}")).StatusCode);
        Assert.True(await service.CountAsync("SELECT count(*) FROM audit_records WHERE person_id = @id AND subject = 'staff-k2'", ("id", mate.Id)) >= 1);
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, DementiaSupportFixture.Json), System.Text.Encoding.UTF8, "application/json");
}
