using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Data;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.Cafes;

public static class CafeEndpoints
{
    public static RouteGroupBuilder MapCafes(this RouteGroupBuilder api)
    {
        var cafes = api.MapGroup("/cafes").WithTags("認知症カフェ");
        cafes.MapPost("/", Register).WithIdempotencyKey().WithName("registerCafe").ProducesProblems(422).WithSummary("認知症カフェを登録する")
            .WithDescription("運営主体、会場、開催日程、連携団体 (家族の会など)、開設日を登録します。");
        cafes.MapGet("/", List).WithName("listCafes").WithSummary("認知症カフェの一覧")
            .WithDescription("圏域で絞り込めます。閉所したカフェは includeClosed=true のときだけ含みます。");
        cafes.MapGet("/{id:guid}", Get).WithName("getCafe").ProducesProblems(404).WithSummary("認知症カフェを取得する")
            .WithDescription("他のセンターのカフェは見つからない扱い (404) です。");
        cafes.MapPut("/{id:guid}", Update).WithName("updateCafe").ProducesProblems(404, 409, 422).WithSummary("認知症カフェの登録内容を変更する")
            .WithDescription("名称・運営主体・会場・日程・連携団体・閉所日を変更します。取得時の version が必要で、他の職員が先に更新していれば 409 です。");
        return api;
    }

    private static async Task<Results<Created<CafeResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterCafeRequest request, CallerContext caller, Placement placement, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (place, problem) = placement.Resolve(caller, request.CenterId, request.DailyLifeAreaId);
        if (place is null)
        {
            return problem!;
        }
        if (RecordDates.Planned("startedOn", request.StartedOn!.Value, clock) is { } badDate)
        {
            return badDate;
        }
        var cafe = new DementiaCafe
        {
            MunicipalityCode = place.MunicipalityCode,
            CenterId = place.CenterId,
            DailyLifeAreaId = place.DailyLifeAreaId,
            Name = request.Name.Trim(),
            Operator = request.Operator.Trim(),
            Venue = request.Venue.Trim(),
            Schedule = request.Schedule.Trim(),
            PartnerOrganizations = Partners(request.PartnerOrganizations),
            StartedOn = request.StartedOn.Value,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Cafes.Add(cafe);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dementia-support/cafes/{cafe.Id}", CafeResponse.From(cafe));
    }

    private static async Task<Results<Ok<Page<CafeResponse>>, ValidationProblem>> List(
        CallerContext caller, DementiaSupportDbContext db, CancellationToken cancellationToken,
        [Description("日常生活圏域")][StringLength(64, ErrorMessage = Messages.TooLong)] string? areaId = null,
        [Description("閉所したカフェも含める")] bool includeClosed = false,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        var query = db.Cafes.AsNoTracking().VisibleTo(caller);
        if (!string.IsNullOrEmpty(areaId))
        {
            query = query.Where(c => c.DailyLifeAreaId == areaId);
        }
        if (!includeClosed)
        {
            query = query.Where(c => c.ClosedOn == null);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.DailyLifeAreaId).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CafeResponse>(items.Select(CafeResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<CafeResponse>, ProblemHttpResult>> Get(
        Guid id, CallerContext caller, DementiaSupportDbContext db, CancellationToken cancellationToken) =>
        await db.Cafes.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } cafe
            ? TypedResults.Ok(CafeResponse.From(cafe))
            : Problems.NotFound("認知症カフェ");

    private static async Task<Results<Ok<CafeResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateCafeRequest request, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var cafe = await db.Cafes.VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cafe is null)
        {
            return Problems.NotFound("認知症カフェ");
        }
        if (request.ClosedOn is { } closedOn)
        {
            if (closedOn < cafe.StartedOn)
            {
                return Problems.Unprocessable("closedOn", "閉所日は開設日以降にしてください。");
            }
            if (RecordDates.Planned("closedOn", closedOn, clock) is { } badDate)
            {
                return badDate;
            }
            var later = await db.CafeSessions.Where(s => s.CafeId == id && s.HeldOn > closedOn).MaxAsync(s => (DateOnly?)s.HeldOn, cancellationToken);
            if (later is not null)
            {
                return Problems.Unprocessable("closedOn", $"閉所日より後の開催 ({later:yyyy-MM-dd}) が記録されています。");
            }
        }
        if (cafe.Version != request.Version)
        {
            // stale even when the edit would change nothing (EF would then write nothing and never compare)
            return Problems.StaleVersion();
        }
        db.ExpectVersion(cafe, request.Version.Value);
        cafe.Name = request.Name.Trim();
        cafe.Operator = request.Operator.Trim();
        cafe.Venue = request.Venue.Trim();
        cafe.Schedule = request.Schedule.Trim();
        cafe.PartnerOrganizations = Partners(request.PartnerOrganizations);
        cafe.ClosedOn = request.ClosedOn;
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Problems.StaleVersion();
        }
        return TypedResults.Ok(CafeResponse.From(cafe));
    }

    private static List<string> Partners(IReadOnlyList<PartnerName>? partners) =>
        (partners ?? []).Select(p => p.Name.Trim()).Distinct().ToList();
}
