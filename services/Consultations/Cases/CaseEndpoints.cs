using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Audit;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Data;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.ServiceDefaults.Municipalities;
using HoukatsuCare.ServiceDefaults.Time;
using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Consultations.Cases;

public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCases(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("相談ケース");
        cases.MapPost("/", Open).WithIdempotencyKey().WithName("openCase").ProducesProblems(404, 422).WithSummary("相談を受け付ける")
            .WithDescription("相談ケースを受付の段階で作成します。Idempotency-Key ヘッダーを付けると、再送しても二重に受け付けません。");
        cases.MapGet("/", List).WithName("listCases").WithSummary("相談ケースの一覧").WithDescription("利用者・段階・担当者で絞り込めます。");
        cases.MapGet("/{id:guid}", Get).WithName("getCase").ProducesProblems(404).WithSummary("相談ケースを取得する").WithDescription("閲覧は監査記録に残ります。");
        cases.MapPut("/{id:guid}/assignee", Assign).WithName("assignCase").ProducesProblems(404, 409, 422).WithSummary("担当者を割り当てる").WithDescription("担当職員と職種を設定します。");
        cases.MapPost("/{id:guid}/transitions", Transition).WithName("moveCase").ProducesProblems(404, 409, 422).WithSummary("段階を移す")
            .WithDescription("受付 → 初期対応 → 初期段階で終結 (関係機関を記録) または 継続支援 (個別支援計画が必要) → 終結 (終結理由)。終結後は初期対応へ再開できます。許されない移行は 409 で、移行できる段階を返します。");
        return api;
    }

    private static async Task<Results<Created<CaseResponse>, ValidationProblem, ProblemHttpResult>> Open(
        OpenCaseRequest request, CallerContext caller, ConsultationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == request.ClientId, cancellationToken);
        if (client is null)
        {
            return Problems.Unprocessable("clientId", "利用者が見つかりません。");
        }
        if (request.OpenedOn > JapanTime.Today(clock))
        {
            return Problems.Unprocessable("openedOn", "受付日に未来の日付は指定できません。");
        }
        if (request.OpenedOn < JapanTime.EarliestRecord)
        {
            return Problems.Unprocessable("openedOn", $"受付日は {JapanTime.EarliestRecord:yyyy-MM-dd} 以降の日付にしてください。");
        }
        if (request.AssigneeId is not null && request.AssigneeProfession is null)
        {
            return Problems.Unprocessable("assigneeProfession", "担当者を指定するときは職種も指定してください。");
        }

        var now = clock.GetUtcNow();
        var consultation = new ConsultationCase
        {
            MunicipalityCode = client.MunicipalityCode,
            CenterId = client.CenterId,
            DailyLifeAreaId = client.DailyLifeAreaId,
            ClientId = client.Id,
            OpenedOn = request.OpenedOn!.Value,
            Route = request.Route!.Value,
            Consulter = request.Consulter!.Value,
            Topics = request.Topics.Distinct().ToList(),
            Urgency = request.Urgency!.Value,
            Summary = request.Summary.Trim(),
            CreatedAt = now,
        };
        consultation.Opened(JapanTime.StartOf(consultation.OpenedOn) > now ? now : JapanTime.StartOf(consultation.OpenedOn));
        if (request.AssigneeId is not null)
        {
            consultation.Assign(request.AssigneeId, request.AssigneeProfession!.Value);
        }
        db.Cases.Add(consultation);
        db.AddIntegrationEvent(CaseEvents.Opened(consultation), consultation.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/consultations/cases/{consultation.Id}", CaseResponse.From(consultation));
    }

    private static async Task<Results<Ok<Page<CaseResponse>>, ValidationProblem>> List(
        CallerContext caller, ConsultationsDbContext db, PersonalDataAudit audit, CancellationToken cancellationToken,
        [Description("利用者 ID")] Guid? clientId = null,
        [Description("段階")] CaseStage? stage = null,
        [Description("担当職員 (sub)")] string? assigneeId = null,
        [Description("終結したケースも含める")] bool includeClosed = false,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        var query = db.Cases.AsNoTracking().VisibleTo(caller);
        if (clientId is not null)
        {
            query = query.Where(c => c.ClientId == clientId);
        }
        if (stage is not null)
        {
            query = query.Where(c => c.Stage == stage);
        }
        else if (!includeClosed)
        {
            query = query.Where(c => c.Stage != CaseStage.Closed && c.Stage != CaseStage.ClosedAtInitialStage);
        }
        if (!string.IsNullOrEmpty(assigneeId))
        {
            query = query.Where(c => c.AssigneeId == assigneeId);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        await audit.RecordReadAsync(items.Select(c => c.ClientId), cancellationToken);
        return TypedResults.Ok(new Page<CaseResponse>(items.Select(CaseResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> Get(
        Guid id, CallerContext caller, ConsultationsDbContext db, PersonalDataAudit audit, CancellationToken cancellationToken)
    {
        var consultation = await db.Cases.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (consultation is null)
        {
            return Problems.NotFound("相談ケース");
        }
        await audit.RecordReadAsync(consultation.ClientId, cancellationToken);
        return TypedResults.Ok(CaseResponse.From(consultation));
    }

    private static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> Assign(
        Guid id, AssignCaseRequest request, CallerContext caller, ConsultationsDbContext db, CancellationToken cancellationToken)
    {
        var consultation = await db.Cases.VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (consultation is null)
        {
            return Problems.NotFound("相談ケース");
        }
        db.ExpectVersion(consultation, request.Version!.Value);
        consultation.Assign(request.AssigneeId, request.Profession!.Value);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Problems.StaleVersion();
        }
        return TypedResults.Ok(CaseResponse.From(consultation));
    }

    private static async Task<Results<Ok<CaseResponse>, ValidationProblem, ProblemHttpResult>> Transition(
        Guid id, CaseTransitionRequest request, CallerContext caller, MunicipalDirectory directory, ConsultationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var consultation = await db.Cases.VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (consultation is null)
        {
            return Problems.NotFound("相談ケース");
        }
        var today = JapanTime.Today(clock);
        var on = request.On ?? today;
        if (on > today || on < consultation.OpenedOn)
        {
            return Problems.Unprocessable("on", "移行日は受付日から今日までの日付にしてください。");
        }

        var hasPlan = await db.SupportPlans.AnyAsync(p => p.CaseId == id, cancellationToken);
        var result = consultation.MoveTo(request.To!.Value, new TransitionDetails(on, request.ClosureReason, request.ReferredAgency),
            hasPlan, [.. directory.InForce(consultation.MunicipalityCode)?.ClosureReasons.Select(r => r.Label) ?? []], clock.GetUtcNow());
        switch (result.Outcome)
        {
            case TransitionOutcome.Illegal:
                return Problems.Conflict("この段階には移れません。", result.Message!, new Dictionary<string, object?>
                {
                    ["field"] = result.Field,
                    ["stage"] = consultation.Stage.ToString(),
                    ["allowedTransitions"] = result.Allowed.Select(s => s.ToString()).ToList(),
                });
            case TransitionOutcome.PlanRequired:
                return Problems.Conflict("個別支援計画がありません。", result.Message!, new Dictionary<string, object?> { ["field"] = result.Field });
            case TransitionOutcome.Invalid:
                return Problems.Unprocessable(result.Field!, result.Message!);
        }

        switch (consultation.Stage)
        {
            case CaseStage.ContinuingSupport:
                db.AddIntegrationEvent(CaseEvents.Escalated(consultation), consultation.Id.ToString());
                break;
            case CaseStage.Closed or CaseStage.ClosedAtInitialStage:
                db.AddIntegrationEvent(CaseEvents.Closed(consultation), consultation.Id.ToString());
                break;
        }
        db.ExpectVersion(consultation, request.Version!.Value);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Problems.StaleVersion();
        }
        return TypedResults.Ok(CaseResponse.From(consultation));
    }
}
