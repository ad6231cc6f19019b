using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Audit;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Data;
using HoukatsuCare.ServiceDefaults.Time;
using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HoukatsuCare.Consultations.Plans;

public static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlans(this RouteGroupBuilder api)
    {
        var plan = api.MapGroup("/cases/{caseId:guid}/plan").WithTags("個別支援計画");
        plan.MapPut("/", Save).WithName("savePlan").ProducesProblems(404, 409, 422).WithSummary("個別支援計画を作成・改訂する").WithDescription("初回は version なし、改訂は取得時の version を付けます。継続支援に移るには計画が必要です。");
        plan.MapGet("/", Get).WithName("getPlan").ProducesProblems(404).WithSummary("個別支援計画を取得する").WithDescription("閲覧は監査記録に残ります。");
        plan.MapPost("/reviews", Review).WithName("reviewPlan").ProducesProblems(404, 409, 422).WithSummary("評価を記録する").WithDescription("評価日・評価結果と次回評価日を記録します。");
        return api;
    }

    private static async Task<Results<Ok<PlanResponse>, Created<PlanResponse>, ValidationProblem, ProblemHttpResult>> Save(
        Guid caseId, SavePlanRequest request, CallerContext caller, ConsultationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Cases.VisibleTo(caller).AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return Problems.NotFound("相談ケース");
        }
        if (request.Goals.Any(string.IsNullOrWhiteSpace) || request.Goals.Any(g => g.Length > 500))
        {
            return Problems.Unprocessable("goals", "目標は 1 件 500 文字以内で、空の目標は指定できません。");
        }

        var plan = await db.SupportPlans.SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken);
        var created = plan is null;
        if (plan is null)
        {
            plan = new SupportPlan { CaseId = caseId, UpdatedBy = caller.Subject };
            db.SupportPlans.Add(plan);
        }
        else if (request.Version is null)
        {
            return Problems.Unprocessable("version", "計画は既にあります。改訂するときは取得時の version を付けてください。");
        }
        else
        {
            db.ExpectVersion(plan, request.Version.Value);
        }

        plan.Goals = request.Goals.Select(g => g.Trim()).ToList();
        plan.Actions = request.Actions.Select(a => new PlanAction(a.Description.Trim(), a.Owner.Trim(), a.DueOn!.Value, a.DoneOn)).ToList();
        plan.ReviewOn = request.ReviewOn!.Value;
        plan.UpdatedBy = caller.Subject;
        plan.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.StaleVersion();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.StaleVersion(); // another staff member created the plan at the same moment
        }
        return created
            ? TypedResults.Created($"/api/consultations/cases/{caseId}/plan", PlanResponse.From(plan))
            : TypedResults.Ok(PlanResponse.From(plan));
    }

    private static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> Get(
        Guid caseId, CallerContext caller, ConsultationsDbContext db, PersonalDataAudit audit, CancellationToken cancellationToken)
    {
        var consultation = await db.Cases.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var plan = consultation is null ? null : await db.SupportPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken);
        if (consultation is null || plan is null)
        {
            return Problems.NotFound("個別支援計画");
        }
        await audit.RecordReadAsync(consultation.ClientId, cancellationToken);
        return TypedResults.Ok(PlanResponse.From(plan));
    }

    private static async Task<Results<Ok<PlanResponse>, ValidationProblem, ProblemHttpResult>> Review(
        Guid caseId, ReviewPlanRequest request, CallerContext caller, ConsultationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var visible = await db.Cases.VisibleTo(caller).AnyAsync(c => c.Id == caseId, cancellationToken);
        var plan = visible ? await db.SupportPlans.SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken) : null;
        if (plan is null)
        {
            return Problems.NotFound("個別支援計画");
        }
        if (request.ReviewedOn > JapanTime.Today(clock))
        {
            return Problems.Unprocessable("reviewedOn", "評価日に未来の日付は指定できません。");
        }
        if (request.NextReviewOn <= request.ReviewedOn)
        {
            return Problems.Unprocessable("nextReviewOn", "次回評価日は評価日より後にしてください。");
        }

        db.ExpectVersion(plan, request.Version!.Value);
        plan.Review(request.ReviewedOn!.Value, request.Outcome.Trim(), request.NextReviewOn!.Value);
        plan.UpdatedBy = caller.Subject;
        plan.UpdatedAt = clock.GetUtcNow();
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Problems.StaleVersion();
        }
        return TypedResults.Ok(PlanResponse.From(plan));
    }
}
