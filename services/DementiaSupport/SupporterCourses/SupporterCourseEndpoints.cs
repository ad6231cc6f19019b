using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.Contracts.Events;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.ServiceDefaults.OpenApi;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.SupporterCourses;

public static class SupporterCourseEndpoints
{
    public static RouteGroupBuilder MapSupporterCourses(this RouteGroupBuilder api)
    {
        var courses = api.MapGroup("/supporter-courses").WithTags("認知症サポーター養成講座");
        courses.MapPost("/", Record).WithIdempotencyKey().WithName("recordSupporterCourse").ProducesProblems(422).WithSummary("認知症サポーター養成講座を記録する")
            .WithDescription("開催日、主催センター、依頼団体、受講対象、講師 (登録済みのキャラバン・メイト)、受講者数 (養成したサポーター数) を記録し、SupporterCourseHeld を発行します。");
        courses.MapGet("/", List).WithName("listSupporterCourses").WithSummary("認知症サポーター養成講座の一覧")
            .WithDescription("年度 (省略時は今年度)・圏域・受講対象で絞り込めます。新しい順。");
        courses.MapGet("/{id:guid}", Get).WithName("getSupporterCourse").ProducesProblems(404).WithSummary("認知症サポーター養成講座を取得する")
            .WithDescription("他のセンターの講座は見つからない扱い (404) です。");
        courses.MapGet("/totals", Totals).WithName("getSupporterCourseTotals").ProducesProblems(404, 422).WithSummary("養成講座の年度集計")
            .WithDescription("年度 (または月) の講座数と養成したサポーター数を、受講対象別・圏域別に返します。centerId を省略すると、基幹型・市は市全体、地域型は自センター。");
        return api;
    }

    private static async Task<Results<Created<SupporterCourseResponse>, ValidationProblem, ProblemHttpResult>> Record(
        RecordSupporterCourseRequest request, CallerContext caller, Placement placement, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (place, problem) = placement.Resolve(caller, request.CenterId, request.DailyLifeAreaId);
        if (place is null)
        {
            return problem!;
        }
        if (RecordDates.Past("heldOn", request.HeldOn!.Value, clock) is { } badDate)
        {
            return badDate;
        }
        var instructors = request.InstructorIds.Distinct().ToList();
        var registered = await db.CaravanMates
            .Where(m => m.MunicipalityCode == caller.MunicipalityCode && instructors.Contains(m.Id))
            .Select(m => m.Id).ToListAsync(cancellationToken);
        var unknown = request.InstructorIds.ToList().FindIndex(id => !registered.Contains(id));
        if (unknown >= 0)
        {
            return Problems.Unprocessable($"instructorIds[{unknown}]", "登録済みのキャラバン・メイトではありません。先に名簿に登録してください。");
        }

        var course = new SupporterCourse
        {
            MunicipalityCode = place.MunicipalityCode,
            CenterId = place.CenterId,
            DailyLifeAreaId = place.DailyLifeAreaId,
            HeldOn = request.HeldOn.Value,
            RequestingOrganization = request.RequestingOrganization.Trim(),
            Audience = request.Audience!.Value,
            Venue = request.Venue?.Trim(),
            InstructorIds = instructors,
            Participants = request.Participants!.Value,
            CreatedBy = caller.Subject,
            CreatedAt = clock.GetUtcNow(),
        };
        db.SupporterCourses.Add(course);
        db.AddIntegrationEvent(
            new SupporterCourseHeld(course.Id, course.CenterId, course.HeldOn, course.Participants)
            {
                MunicipalityCode = course.MunicipalityCode,
                DailyLifeAreaId = course.DailyLifeAreaId,
                Audience = course.Audience.ToString(),
            },
            course.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dementia-support/supporter-courses/{course.Id}", SupporterCourseResponse.From(course));
    }

    private static async Task<Results<Ok<Page<SupporterCourseResponse>>, ValidationProblem>> List(
        CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        [Description("年度 (省略時は今年度)")][Range(Period.MinFiscalYear, Period.MaxFiscalYear, ErrorMessage = Messages.Range)] int? fiscalYear = null,
        [Description("日常生活圏域")][StringLength(64, ErrorMessage = Messages.TooLong)] string? areaId = null,
        [Description("受講対象")] CourseAudience? audience = null,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        var period = Period.Year(fiscalYear ?? FiscalYear.Of(JapanTime.Today(clock)));
        var query = db.SupporterCourses.AsNoTracking().VisibleTo(caller).Where(c => c.HeldOn >= period.From && c.HeldOn <= period.Until);
        if (!string.IsNullOrEmpty(areaId))
        {
            query = query.Where(c => c.DailyLifeAreaId == areaId);
        }
        if (audience is not null)
        {
            query = query.Where(c => c.Audience == audience);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.HeldOn).ThenBy(c => c.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<SupporterCourseResponse>(items.Select(SupporterCourseResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<SupporterCourseResponse>, ProblemHttpResult>> Get(
        Guid id, CallerContext caller, DementiaSupportDbContext db, CancellationToken cancellationToken) =>
        await db.SupporterCourses.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } course
            ? TypedResults.Ok(SupporterCourseResponse.From(course))
            : Problems.NotFound("養成講座");

    private static async Task<Results<Ok<SupporterCourseTotals>, ValidationProblem, ProblemHttpResult>> Totals(
        CallerContext caller, Scopes scopes, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        [Description("年度 (省略時は今年度)")][Range(Period.MinFiscalYear, Period.MaxFiscalYear, ErrorMessage = Messages.Range)] int? fiscalYear = null,
        [Description("月 (yyyy-MM、年度内)。省略時は年度全体")] string? month = null,
        [Description("センター (省略時: 基幹型・市は市全体、地域型は自センター)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? centerId = null)
    {
        var year = fiscalYear ?? FiscalYear.Of(JapanTime.Today(clock));
        if (Period.Of(year, month) is not { } period)
        {
            return Problems.Unprocessable("month", "月は年度内の yyyy-MM で指定してください (例: 2025-04)。");
        }
        if (scopes.For(caller, centerId, year) is not { } scope)
        {
            return Problems.NotFound("センター");
        }
        return TypedResults.Ok(await SupporterCourseTotalsQuery.ComputeAsync(scope.Apply(db.SupporterCourses.AsNoTracking()), period, scope.Areas, cancellationToken));
    }
}
