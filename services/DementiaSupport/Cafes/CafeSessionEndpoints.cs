using System.ComponentModel.DataAnnotations;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.Cafes;

public static class CafeSessionEndpoints
{
    public static RouteGroupBuilder MapCafeSessions(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/cafes/{cafeId:guid}/sessions").WithTags("認知症カフェ");
        sessions.MapPost("/", Record).WithIdempotencyKey().WithName("recordCafeSession").ProducesProblems(404, 409, 422).WithSummary("認知症カフェの開催を記録する")
            .WithDescription("開催日、区分 (本人・家族・地域住民・専門職) と性別ごとの参加者数、手伝ったボランティアを記録し、DementiaCafeSessionHeld (とボランティアごとの DementiaCafeActivityRecorded) を発行します。同じカフェの同じ日の開催は 1 回で、二重の記録は 409 です。");
        sessions.MapGet("/", List).WithName("listCafeSessions").ProducesProblems(404).WithSummary("認知症カフェの開催一覧")
            .WithDescription("新しい順。");
        return api;
    }

    private static async Task<Results<Created<CafeSessionResponse>, ValidationProblem, ProblemHttpResult>> Record(
        Guid cafeId, RecordCafeSessionRequest request, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var cafe = await db.Cafes.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == cafeId, cancellationToken);
        if (cafe is null)
        {
            return Problems.NotFound("認知症カフェ");
        }
        var heldOn = request.HeldOn!.Value;
        if (RecordDates.Past("heldOn", heldOn, clock) is { } badDate)
        {
            return badDate;
        }
        if (!cafe.RunsOn(heldOn))
        {
            return Problems.Unprocessable("heldOn", "カフェの開設日から閉所日までの日付にしてください。");
        }
        if (Check(request) is { } invalid)
        {
            return invalid;
        }
        var existing = await db.CafeSessions.Where(s => s.CafeId == cafeId && s.HeldOn == heldOn).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return Problems.Conflict("この日の開催は記録済みです。", "記録済みの開催を確認してください。",
                new Dictionary<string, object?> { ["field"] = "heldOn", ["sessionId"] = existing });
        }

        var attendance = request.Attendance.Select(a => new AttendanceCount(a.Kind!.Value, a.Male!.Value, a.Female!.Value, a.Unspecified ?? 0)).ToList();
        var session = new CafeSession
        {
            CafeId = cafe.Id,
            MunicipalityCode = cafe.MunicipalityCode,
            CenterId = cafe.CenterId,
            DailyLifeAreaId = cafe.DailyLifeAreaId,
            HeldOn = heldOn,
            Program = request.Program?.Trim(),
            Attendance = attendance,
            AttendanceTotal = attendance.Sum(a => a.Total()),
            Helpers = (request.Helpers ?? []).Select(h => new CafeHelp(Guid.CreateVersion7(), h.VolunteerId!.Value, h.Hours!.Value)).ToList(),
            CreatedBy = caller.Subject,
            CreatedAt = clock.GetUtcNow(),
        };
        db.CafeSessions.Add(session);
        db.AddIntegrationEvent(CafeEvents.Held(session), session.Id.ToString());
        foreach (var activity in CafeEvents.Activities(session))
        {
            db.AddIntegrationEvent(activity, session.Id.ToString());
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // another member of staff recorded the same day a moment earlier
            return Problems.Conflict("この日の開催は記録済みです。", "記録済みの開催を確認してください。", new Dictionary<string, object?> { ["field"] = "heldOn" });
        }
        return TypedResults.Created($"/api/dementia-support/cafes/{cafe.Id}/sessions/{session.Id}", CafeSessionResponse.From(session));
    }

    /// <summary>Each kind once, someone attended, each volunteer once with hours in quarter hours.</summary>
    private static ProblemHttpResult? Check(RecordCafeSessionRequest request)
    {
        var kinds = new HashSet<AttendeeKind>();
        for (var i = 0; i < request.Attendance.Count; i++)
        {
            if (!kinds.Add(request.Attendance[i].Kind!.Value))
            {
                return Problems.Unprocessable($"attendance[{i}].kind", "同じ区分は 1 行にまとめてください。");
            }
        }
        if (request.Attendance.Sum(a => a.Male!.Value + a.Female!.Value + (a.Unspecified ?? 0)) == 0)
        {
            return Problems.Unprocessable("attendance", "参加者が 0 人です。");
        }
        var helpers = request.Helpers ?? [];
        var volunteers = new HashSet<Guid>();
        for (var i = 0; i < helpers.Count; i++)
        {
            if (!volunteers.Add(helpers[i].VolunteerId!.Value))
            {
                return Problems.Unprocessable($"helpers[{i}].volunteerId", "同じボランティアが 2 回指定されています。");
            }
            if (helpers[i].Hours!.Value * 4 % 1 != 0)
            {
                return Problems.Unprocessable($"helpers[{i}].hours", "活動時間は 0.25 時間単位で指定してください。");
            }
        }
        return null;
    }

    private static async Task<Results<Ok<Page<CafeSessionResponse>>, ValidationProblem, ProblemHttpResult>> List(
        Guid cafeId, CallerContext caller, DementiaSupportDbContext db, CancellationToken cancellationToken,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        if (!await db.Cafes.VisibleTo(caller).AnyAsync(c => c.Id == cafeId, cancellationToken))
        {
            return Problems.NotFound("認知症カフェ");
        }
        var query = db.CafeSessions.AsNoTracking().Where(s => s.CafeId == cafeId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(s => s.HeldOn).ThenBy(s => s.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CafeSessionResponse>(items.Select(CafeSessionResponse.From).ToList(), page, pageSize, total));
    }
}
