using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.ServiceDefaults.OpenApi;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.FamilySupport;

public static class FamilySupportEndpoints
{
    public static RouteGroupBuilder MapFamilySupport(this RouteGroupBuilder api)
    {
        var programs = api.MapGroup("/family-programs").WithTags("家族支援");
        programs.MapPost("/", RecordProgram).WithIdempotencyKey().WithName("recordFamilyProgram").ProducesProblems(422).WithSummary("家族介護教室・家族が集える場を記録する")
            .WithDescription("家族介護教室 (CaregiverClass) または家族が集える場 (FamilyGathering) の開催を、テーマと参加者数で記録します。若年性認知症の本人・家族向けの回は earlyOnset=true。");
        programs.MapGet("/", ListPrograms).WithName("listFamilyPrograms").WithSummary("家族介護教室・家族が集える場の一覧")
            .WithDescription("年度 (省略時は今年度)・種類で絞り込めます。新しい順。");

        var consultations = api.MapGroup("/promoter-consultations").WithTags("家族支援");
        consultations.MapPost("/", RecordConsultation).WithIdempotencyKey().WithName("recordPromoterConsultation").ProducesProblems(422).WithSummary("認知症地域支援推進員の相談を記録する")
            .WithDescription("相談者・方法・相談内容・若年性認知症かどうかを記録します (件数の記録で、氏名や内容は記録しません。継続的な支援が必要な人は総合相談のケースとして受け付けてください)。");
        consultations.MapGet("/", ListConsultations).WithName("listPromoterConsultations").WithSummary("認知症地域支援推進員の相談の一覧")
            .WithDescription("年度 (省略時は今年度) の相談。若年性認知症に関するものだけに絞り込めます。新しい順。");
        return api;
    }

    private static async Task<Results<Created<FamilyProgramResponse>, ValidationProblem, ProblemHttpResult>> RecordProgram(
        RecordFamilyProgramRequest request, CallerContext caller, Placement placement, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
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
        var program = new FamilyProgram
        {
            MunicipalityCode = place.MunicipalityCode,
            CenterId = place.CenterId,
            DailyLifeAreaId = place.DailyLifeAreaId,
            Kind = request.Kind!.Value,
            HeldOn = request.HeldOn.Value,
            Theme = request.Theme.Trim(),
            Venue = request.Venue?.Trim(),
            PartnerOrganization = request.PartnerOrganization?.Trim(),
            Participants = request.Participants!.Value,
            EarlyOnset = request.EarlyOnset ?? false,
            CreatedBy = caller.Subject,
            CreatedAt = clock.GetUtcNow(),
        };
        db.FamilyPrograms.Add(program);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dementia-support/family-programs/{program.Id}", FamilyProgramResponse.From(program));
    }

    private static async Task<Results<Ok<Page<FamilyProgramResponse>>, ValidationProblem>> ListPrograms(
        CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        [Description("年度 (省略時は今年度)")][Range(Period.MinFiscalYear, Period.MaxFiscalYear, ErrorMessage = Messages.Range)] int? fiscalYear = null,
        [Description("種類")] FamilyProgramKind? kind = null,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        var period = Period.Year(fiscalYear ?? FiscalYear.Of(JapanTime.Today(clock)));
        var query = db.FamilyPrograms.AsNoTracking().VisibleTo(caller).Where(p => p.HeldOn >= period.From && p.HeldOn <= period.Until);
        if (kind is not null)
        {
            query = query.Where(p => p.Kind == kind);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.HeldOn).ThenBy(p => p.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<FamilyProgramResponse>(items.Select(FamilyProgramResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Created<PromoterConsultationResponse>, ValidationProblem, ProblemHttpResult>> RecordConsultation(
        RecordPromoterConsultationRequest request, CallerContext caller, Placement placement, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (place, problem) = placement.Resolve(caller, request.CenterId, request.DailyLifeAreaId);
        if (place is null)
        {
            return problem!;
        }
        if (RecordDates.Past("consultedOn", request.ConsultedOn!.Value, clock) is { } badDate)
        {
            return badDate;
        }
        var consultation = new PromoterConsultation
        {
            MunicipalityCode = place.MunicipalityCode,
            CenterId = place.CenterId,
            DailyLifeAreaId = place.DailyLifeAreaId,
            ConsultedOn = request.ConsultedOn.Value,
            Consulter = request.Consulter!.Value,
            Method = request.Method!.Value,
            Topics = request.Topics.Distinct().ToList(),
            EarlyOnset = request.EarlyOnset ?? false,
            PromoterId = caller.Subject,
            CreatedAt = clock.GetUtcNow(),
        };
        db.PromoterConsultations.Add(consultation);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dementia-support/promoter-consultations/{consultation.Id}", PromoterConsultationResponse.From(consultation));
    }

    private static async Task<Results<Ok<Page<PromoterConsultationResponse>>, ValidationProblem>> ListConsultations(
        CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        [Description("年度 (省略時は今年度)")][Range(Period.MinFiscalYear, Period.MaxFiscalYear, ErrorMessage = Messages.Range)] int? fiscalYear = null,
        [Description("若年性認知症に関する相談だけ")] bool earlyOnsetOnly = false,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        var period = Period.Year(fiscalYear ?? FiscalYear.Of(JapanTime.Today(clock)));
        var query = db.PromoterConsultations.AsNoTracking().VisibleTo(caller).Where(c => c.ConsultedOn >= period.From && c.ConsultedOn <= period.Until);
        if (earlyOnsetOnly)
        {
            query = query.Where(c => c.EarlyOnset);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.ConsultedOn).ThenBy(c => c.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<PromoterConsultationResponse>(items.Select(PromoterConsultationResponse.From).ToList(), page, pageSize, total));
    }
}
