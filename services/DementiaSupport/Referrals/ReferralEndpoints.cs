using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.Contracts.Events;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.Messaging.Outbox;
using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Data;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.ServiceDefaults.OpenApi;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HoukatsuCare.DementiaSupport.Referrals;

public static class ReferralEndpoints
{
    public static RouteGroupBuilder MapReferrals(this RouteGroupBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("認知症初期集中支援チーム");
        referrals.MapPost("/", Refer).WithIdempotencyKey().WithName("referToInitialSupportTeam").ProducesProblems(409, 422).WithSummary("初期集中支援チームに依頼する")
            .WithDescription("総合相談の既存ケースを認知症初期集中支援チームにつなぎます。ケースは総合相談サービスに gRPC で確認し (同じ市町村、閲覧できるセンターのケースのみ)、見つからなければ 422 (caseId) です。同じケースの終了していない依頼があれば 409。InitialSupportReferralMade を発行します。");
        referrals.MapGet("/", List).WithName("listReferrals").WithSummary("初期集中支援チームへの依頼の一覧")
            .WithDescription("段階・年度 (依頼日) で絞り込めます。新しい順。");
        referrals.MapGet("/{id:guid}", Get).WithName("getReferral").ProducesProblems(404).WithSummary("初期集中支援チームへの依頼を取得する")
            .WithDescription("段階ごとの日付、所要日数、連携の記録を返します。他のセンターの依頼は見つからない扱い (404) です。");
        referrals.MapPost("/{id:guid}/transitions", Transition).WithName("moveReferral").ProducesProblems(404, 409, 422).WithSummary("依頼の段階を移す")
            .WithDescription("依頼 → 受理 → 集中支援 → 終了 (結果を選択)。依頼・受理の段階からも終了できます。許されない移行は 409 で、移行できる段階を返します。");
        referrals.MapPost("/{id:guid}/liaisons", RecordLiaison).WithIdempotencyKey().WithName("recordReferralLiaison").ProducesProblems(404, 422).WithSummary("連携を記録する")
            .WithDescription("認知症疾患医療センター、かかりつけ医、認知症サポート医などとの連携を記録します。");
        return api;
    }

    private static async Task<Results<Created<ReferralResponse>, ValidationProblem, ProblemHttpResult>> Refer(
        ReferRequest request, CallerContext caller, ConsultationCases cases, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = JapanTime.Today(clock);
        var referredOn = request.ReferredOn ?? today;
        if (RecordDates.Past("referredOn", referredOn, clock) is { } badDate)
        {
            return badDate;
        }
        var (lookup, summary) = await cases.FindAsync(request.CaseId!.Value, cancellationToken);
        switch (lookup)
        {
            case CaseLookup.Unavailable:
                return TypedResults.Problem(title: "相談ケースを確認できません。", detail: "総合相談サービスが応答しません。しばらくしてから再度お試しください。",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            case CaseLookup.NotFound:
                return Problems.Unprocessable("caseId", "相談ケースが見つかりません。");
        }
        if (!string.IsNullOrEmpty(summary!.ClosedOn))
        {
            return Problems.Unprocessable("caseId", "終結した相談ケースです。再開してから依頼してください。");
        }
        if (DateOnly.TryParse(summary.OpenedOn, System.Globalization.CultureInfo.InvariantCulture, out var openedOn) && referredOn < openedOn)
        {
            return Problems.Unprocessable("referredOn", $"依頼日は相談の受付日 ({openedOn:yyyy-MM-dd}) 以降にしてください。");
        }
        var caseId = request.CaseId.Value;
        if (await OpenReferralOf(db, caseId, cancellationToken) is { } open)
        {
            return AlreadyReferred(open);
        }

        var referral = new InitialSupportReferral
        {
            MunicipalityCode = summary.MunicipalityCode,
            CenterId = summary.CenterId,
            DailyLifeAreaId = string.IsNullOrEmpty(summary.DailyLifeAreaId) ? null : summary.DailyLifeAreaId,
            CaseId = caseId,
            Reasons = request.Reasons.Distinct().ToList(),
            ReferredOn = referredOn,
            CreatedBy = caller.Subject,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Referrals.Add(referral);
        db.AddIntegrationEvent(
            new InitialSupportReferralMade(referral.Id, referral.CaseId, referral.CenterId, referral.DailyLifeAreaId, referral.ReferredOn)
            {
                MunicipalityCode = referral.MunicipalityCode,
            },
            referral.Id.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return AlreadyReferred(await OpenReferralOf(db, caseId, cancellationToken));
        }
        return TypedResults.Created($"/api/dementia-support/referrals/{referral.Id}", ReferralResponse.From(referral, [], today));
    }

    private static Task<Guid?> OpenReferralOf(DementiaSupportDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.Referrals.Where(r => r.CaseId == caseId && r.Stage != ReferralStage.Closed).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);

    private static ProblemHttpResult AlreadyReferred(Guid? referralId) =>
        Problems.Conflict("このケースは依頼中です。", "終了していない依頼があります。その依頼を更新してください。",
            new Dictionary<string, object?> { ["field"] = "caseId", ["referralId"] = referralId });

    private static async Task<Results<Ok<Page<ReferralResponse>>, ValidationProblem>> List(
        CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        [Description("段階")] ReferralStage? stage = null,
        [Description("年度 (依頼日)")][Range(Period.MinFiscalYear, Period.MaxFiscalYear, ErrorMessage = Messages.Range)] int? fiscalYear = null,
        [Description("相談ケース ID")] Guid? caseId = null,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        var query = db.Referrals.AsNoTracking().VisibleTo(caller);
        if (stage is not null)
        {
            query = query.Where(r => r.Stage == stage);
        }
        if (fiscalYear is { } year)
        {
            var period = Period.Year(year);
            query = query.Where(r => r.ReferredOn >= period.From && r.ReferredOn <= period.Until);
        }
        if (caseId is not null)
        {
            query = query.Where(r => r.CaseId == caseId);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.ReferredOn).ThenBy(r => r.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        var ids = items.Select(r => r.Id).ToList();
        var liaisons = (await db.Liaisons.AsNoTracking().Where(l => ids.Contains(l.ReferralId)).ToListAsync(cancellationToken)).ToLookup(l => l.ReferralId);
        var today = JapanTime.Today(clock);
        return TypedResults.Ok(new Page<ReferralResponse>(items.Select(r => ReferralResponse.From(r, liaisons[r.Id], today)).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> Get(
        Guid id, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return Problems.NotFound("依頼");
        }
        var liaisons = await db.Liaisons.AsNoTracking().Where(l => l.ReferralId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(ReferralResponse.From(referral, liaisons, JapanTime.Today(clock)));
    }

    private static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> Transition(
        Guid id, ReferralTransitionRequest request, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return Problems.NotFound("依頼");
        }
        var today = JapanTime.Today(clock);
        var move = referral.MoveTo(request.To!.Value, request.On ?? today, request.Outcome, today);
        switch (move.Outcome)
        {
            case ReferralMoveOutcome.Illegal:
                return Problems.Conflict("この段階には移れません。", move.Message!, new Dictionary<string, object?>
                {
                    ["field"] = move.Field,
                    ["stage"] = referral.Stage.ToString(),
                    ["allowedTransitions"] = move.Allowed.Select(s => s.ToString()).ToList(),
                });
            case ReferralMoveOutcome.Invalid:
                return Problems.Unprocessable(move.Field!, move.Message!);
        }
        db.ExpectVersion(referral, request.Version!.Value);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Problems.StaleVersion();
        }
        var liaisons = await db.Liaisons.AsNoTracking().Where(l => l.ReferralId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(ReferralResponse.From(referral, liaisons, today));
    }

    private static async Task<Results<Created<LiaisonResponse>, ValidationProblem, ProblemHttpResult>> RecordLiaison(
        Guid id, RecordLiaisonRequest request, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return Problems.NotFound("依頼");
        }
        var contactedOn = request.ContactedOn!.Value;
        if (RecordDates.Past("contactedOn", contactedOn, clock) is { } badDate)
        {
            return badDate;
        }
        if (contactedOn < referral.ReferredOn)
        {
            return Problems.Unprocessable("contactedOn", $"依頼日 ({referral.ReferredOn:yyyy-MM-dd}) 以降の日付にしてください。");
        }
        var liaison = new ReferralLiaison
        {
            ReferralId = referral.Id,
            Partner = request.Partner!.Value,
            Organization = request.Organization.Trim(),
            Purpose = request.Purpose!.Value,
            ContactedOn = contactedOn,
            CreatedBy = caller.Subject,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Liaisons.Add(liaison);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dementia-support/referrals/{referral.Id}", LiaisonResponse.From(liaison));
    }
}
