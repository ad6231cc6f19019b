using System.ComponentModel.DataAnnotations;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.CaravanMates;

public static class CaravanMateEndpoints
{
    public static RouteGroupBuilder MapCaravanMates(this RouteGroupBuilder api)
    {
        var mates = api.MapGroup("/caravan-mates").WithTags("キャラバン・メイト");
        mates.MapPost("/", Register).WithIdempotencyKey().WithName("registerCaravanMate").ProducesProblems(422).WithSummary("キャラバン・メイトを登録する")
            .WithDescription("認知症サポーター養成講座の講師役 (キャラバン・メイト) を市の名簿に登録します。講座の講師は登録済みのキャラバン・メイトから選びます。");
        mates.MapGet("/", List).WithName("listCaravanMates").WithSummary("キャラバン・メイトの名簿")
            .WithDescription("市内のキャラバン・メイト (どのセンターの講座でも講師を務められます)。閲覧は監査記録に残ります。");
        mates.MapGet("/{id:guid}", Get).WithName("getCaravanMate").ProducesProblems(404).WithSummary("キャラバン・メイトを取得する")
            .WithDescription("閲覧は監査記録に残ります。");
        return api;
    }

    private static async Task<Results<Created<CaravanMateResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterCaravanMateRequest request, CallerContext caller, Placement placement, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (center, problem) = placement.Center(caller, request.CenterId);
        if (center is null)
        {
            return problem!;
        }
        if (RecordDates.Past("registeredOn", request.RegisteredOn!.Value, clock) is { } badDate)
        {
            return badDate;
        }
        var mate = new CaravanMate
        {
            MunicipalityCode = caller.MunicipalityCode,
            CenterId = center,
            Name = request.Name.Trim(),
            Affiliation = request.Affiliation?.Trim(),
            RegisteredOn = request.RegisteredOn.Value,
            CreatedAt = clock.GetUtcNow(),
        };
        db.CaravanMates.Add(mate);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dementia-support/caravan-mates/{mate.Id}", CaravanMateResponse.From(mate));
    }

    private static async Task<Results<Ok<Page<CaravanMateResponse>>, ValidationProblem>> List(
        CallerContext caller, DementiaSupportDbContext db, PersonalDataAudit audit, CancellationToken cancellationToken,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        // the roster is the municipality's: any center's course may invite any caravan mate
        var query = db.CaravanMates.AsNoTracking().Where(m => m.MunicipalityCode == caller.MunicipalityCode);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(m => m.RegisteredOn).ThenBy(m => m.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        await audit.RecordReadAsync(items.Select(m => m.Id), cancellationToken);
        return TypedResults.Ok(new Page<CaravanMateResponse>(items.Select(CaravanMateResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<CaravanMateResponse>, ProblemHttpResult>> Get(
        Guid id, CallerContext caller, DementiaSupportDbContext db, PersonalDataAudit audit, CancellationToken cancellationToken)
    {
        var mate = await db.CaravanMates.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Id == id && m.MunicipalityCode == caller.MunicipalityCode, cancellationToken);
        if (mate is null)
        {
            return Problems.NotFound("キャラバン・メイト");
        }
        await audit.RecordReadAsync(mate.Id, cancellationToken);
        return TypedResults.Ok(CaravanMateResponse.From(mate));
    }
}
