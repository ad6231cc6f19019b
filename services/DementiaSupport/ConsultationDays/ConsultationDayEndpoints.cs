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
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.ConsultationDays;

public static class ConsultationDayEndpoints
{
    public static RouteGroupBuilder MapConsultationDays(this RouteGroupBuilder api)
    {
        var days = api.MapGroup("/consultation-days").WithTags("認知症相談会");
        days.MapPost("/", Plan).WithIdempotencyKey().WithName("planConsultationDay").ProducesProblems(422).WithSummary("認知症相談会を予定・記録する")
            .WithDescription("圏域の認知症相談会を予定します。開催済みの日付なら consultations を付けて実施済みとして記録できます。");
        days.MapGet("/", List).WithName("listConsultationDays").WithSummary("認知症相談会の一覧")
            .WithDescription("年度 (省略時は今年度)・圏域で絞り込めます。開催日順。");
        days.MapGet("/{id:guid}", Get).WithName("getConsultationDay").ProducesProblems(404).WithSummary("認知症相談会を取得する")
            .WithDescription("他のセンターの相談会は見つからない扱い (404) です。");
        days.MapPost("/{id:guid}/result", RecordResult).WithName("recordConsultationDayResult").ProducesProblems(404, 409, 422).WithSummary("認知症相談会の結果を記録する")
            .WithDescription("開催日以降に相談者数を記録し、実施済みにします。中止した相談会は 409 です。");
        days.MapPost("/{id:guid}/cancellation", Cancel).WithName("cancelConsultationDay").ProducesProblems(404, 409).WithSummary("認知症相談会を中止する")
            .WithDescription("予定の相談会を中止します。実施済みの相談会は 409 です。");
        days.MapGet("/compliance", Compliance).WithName("getConsultationDayCompliance").ProducesProblems(404).WithSummary("認知症相談会の達成状況 (圏域ごと)")
            .WithDescription("事業計画の目標 (小平市: 各圏域で年1回) に対する圏域ごとの実施・予定・達成状況 (Met 達成 / OnTrack 順調 / Behind 遅れ)。目標のない市は件数のみ。centerId を省略すると、基幹型・市は全圏域、地域型は担当圏域。");
        return api;
    }

    private static async Task<Results<Created<ConsultationDayResponse>, ValidationProblem, ProblemHttpResult>> Plan(
        PlanConsultationDayRequest request, CallerContext caller, Placement placement, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (place, problem) = placement.Resolve(caller, request.CenterId, request.DailyLifeAreaId);
        if (place is null)
        {
            return problem!;
        }
        var heldOn = request.HeldOn!.Value;
        if (RecordDates.Planned("heldOn", heldOn, clock) is { } badDate)
        {
            return badDate;
        }
        if (request.Consultations is null && request.ReferredOnward is not null)
        {
            return Problems.Unprocessable("consultations", "つないだ件数を記録するときは相談者数も入力してください。");
        }
        if (request.Consultations is not null && heldOn > JapanTime.Today(clock))
        {
            return Problems.Unprocessable("consultations", "開催日前の相談会に結果は記録できません。");
        }
        if (request.ReferredOnward > request.Consultations)
        {
            return Problems.Unprocessable("referredOnward", "つないだ件数は相談者数以下にしてください。");
        }
        var day = new ConsultationDay
        {
            MunicipalityCode = place.MunicipalityCode,
            CenterId = place.CenterId,
            DailyLifeAreaId = place.DailyLifeAreaId,
            HeldOn = heldOn,
            Venue = request.Venue.Trim(),
            Partners = request.Partners?.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        if (request.Consultations is { } consultations)
        {
            day.RecordResult(consultations, request.ReferredOnward ?? 0);
        }
        db.ConsultationDays.Add(day);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dementia-support/consultation-days/{day.Id}", ConsultationDayResponse.From(day));
    }

    private static async Task<Results<Ok<Page<ConsultationDayResponse>>, ValidationProblem>> List(
        CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        [Description("年度 (省略時は今年度)")][Range(Period.MinFiscalYear, Period.MaxFiscalYear, ErrorMessage = Messages.Range)] int? fiscalYear = null,
        [Description("日常生活圏域")][StringLength(64, ErrorMessage = Messages.TooLong)] string? areaId = null,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        var period = Period.Year(fiscalYear ?? FiscalYear.Of(JapanTime.Today(clock)));
        var query = db.ConsultationDays.AsNoTracking().VisibleTo(caller).Where(d => d.HeldOn >= period.From && d.HeldOn <= period.Until);
        if (!string.IsNullOrEmpty(areaId))
        {
            query = query.Where(d => d.DailyLifeAreaId == areaId);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(d => d.HeldOn).ThenBy(d => d.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ConsultationDayResponse>(items.Select(ConsultationDayResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<ConsultationDayResponse>, ProblemHttpResult>> Get(
        Guid id, CallerContext caller, DementiaSupportDbContext db, CancellationToken cancellationToken) =>
        await db.ConsultationDays.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is { } day
            ? TypedResults.Ok(ConsultationDayResponse.From(day))
            : Problems.NotFound("認知症相談会");

    private static async Task<Results<Ok<ConsultationDayResponse>, ValidationProblem, ProblemHttpResult>> RecordResult(
        Guid id, ConsultationDayResultRequest request, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var day = await db.ConsultationDays.VisibleTo(caller).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (day is null)
        {
            return Problems.NotFound("認知症相談会");
        }
        if (day.Status == ConsultationDayStatus.Cancelled)
        {
            return Problems.Conflict("中止した相談会です。", "中止した相談会に結果は記録できません。", new Dictionary<string, object?> { ["field"] = "status" });
        }
        if (day.HeldOn > JapanTime.Today(clock))
        {
            return Problems.Unprocessable("consultations", "開催日前の相談会に結果は記録できません。");
        }
        if (request.ReferredOnward > request.Consultations)
        {
            return Problems.Unprocessable("referredOnward", "つないだ件数は相談者数以下にしてください。");
        }
        db.ExpectVersion(day, request.Version!.Value);
        day.RecordResult(request.Consultations!.Value, request.ReferredOnward ?? 0);
        return await db.TrySaveAsync(cancellationToken) ? TypedResults.Ok(ConsultationDayResponse.From(day)) : Problems.StaleVersion();
    }

    private static async Task<Results<Ok<ConsultationDayResponse>, ValidationProblem, ProblemHttpResult>> Cancel(
        Guid id, CancelConsultationDayRequest request, CallerContext caller, DementiaSupportDbContext db, CancellationToken cancellationToken)
    {
        var day = await db.ConsultationDays.VisibleTo(caller).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (day is null)
        {
            return Problems.NotFound("認知症相談会");
        }
        if (day.Status == ConsultationDayStatus.Held)
        {
            return Problems.Conflict("実施済みの相談会です。", "実施済みの相談会は中止できません。", new Dictionary<string, object?> { ["field"] = "status" });
        }
        db.ExpectVersion(day, request.Version!.Value);
        day.Cancel();
        return await db.TrySaveAsync(cancellationToken) ? TypedResults.Ok(ConsultationDayResponse.From(day)) : Problems.StaleVersion();
    }

    private static async Task<Results<Ok<ConsultationDayComplianceResponse>, ValidationProblem, ProblemHttpResult>> Compliance(
        CallerContext caller, Scopes scopes, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        [Description("年度 (省略時は今年度)")][Range(Period.MinFiscalYear, Period.MaxFiscalYear, ErrorMessage = Messages.Range)] int? fiscalYear = null,
        [Description("センター (省略時: 基幹型・市は全圏域、地域型は自センターの担当圏域)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? centerId = null)
    {
        var today = JapanTime.Today(clock);
        var year = fiscalYear ?? FiscalYear.Of(today);
        if (scopes.For(caller, centerId, year) is not { } scope)
        {
            return Problems.NotFound("センター");
        }
        return TypedResults.Ok(await ConsultationDayCompliance.ComputeAsync(db.ConsultationDays.AsNoTracking(), scope, scopes.Profile(caller.MunicipalityCode, year), year, today, cancellationToken));
    }
}
