using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Audit;
using HoukatsuCare.Consultations.Infrastructure;
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

namespace HoukatsuCare.Consultations.Clients;

public static class ClientEndpoints
{
    public static RouteGroupBuilder MapClients(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("利用者台帳");
        clients.MapPost("/", Create).WithIdempotencyKey().WithName("createClient").ProducesProblems(409, 422).WithSummary("利用者を登録する")
            .WithDescription("利用者台帳に登録します。同じ読み (カナ) と生年月日の利用者がいると 409 で警告し、confirmDuplicate=true で登録できます。Idempotency-Key ヘッダーを付けると、再送しても二重に登録されません。");
        clients.MapGet("/", Search).WithName("searchClients").WithSummary("利用者を検索する")
            .WithDescription("氏名 (漢字・カナの部分一致。全角/半角、ひらがな/カタカナ、空白を区別しない)、被保険者番号、生年月日、圏域、要介護度、世帯類型で検索します。閲覧は監査記録に残ります。");
        clients.MapGet("/{id:guid}", Get).WithName("getClient").ProducesProblems(404).WithSummary("利用者を取得する").WithDescription("閲覧は監査記録 (誰が・いつ・目的) に残ります。目的は X-Purpose ヘッダーまたは purpose パラメーターで指定します。");
        clients.MapPut("/{id:guid}", Update).WithName("updateClient").ProducesProblems(404, 409, 422).WithSummary("利用者を更新する").WithDescription("取得時の version を付けて送ります。他の職員が先に更新していると 409 になります。");
        clients.MapPost("/{id:guid}/deactivation", Deactivate).WithName("deactivateClient").ProducesProblems(404, 409, 422).WithSummary("台帳を終了する (死亡・転出等)").WithDescription("記録は削除されず、状態が変わります。");
        return api;
    }

    private static async Task<Results<Created<ClientResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateClientRequest request, CallerContext caller, MunicipalDirectory directory, ConsultationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = JapanTime.Today(clock);
        var errors = ClientRules.Check(request, caller, directory, today);
        if (errors.Count > 0)
        {
            return Problems.Unprocessable(errors);
        }

        var kanaKey = KanaFolding.Fold(request.NameKana);
        if (!request.ConfirmDuplicate)
        {
            var sameKey = db.Clients.Where(c => c.MunicipalityCode == caller.MunicipalityCode && c.KanaKey == kanaKey && c.BirthDate == request.BirthDate);
            if (await sameKey.AnyAsync(cancellationToken))
            {
                var visible = await sameKey.VisibleTo(caller).Select(c => c.Id).Take(10).ToListAsync(cancellationToken);
                return Problems.Conflict(
                    "同じ読み・生年月日の利用者が既に登録されています。",
                    "重複でないことを確認したら confirmDuplicate=true を付けて再送してください。",
                    new Dictionary<string, object?> { ["field"] = "nameKana", ["possibleDuplicates"] = visible });
            }
        }

        var now = clock.GetUtcNow();
        var client = new Client
        {
            MunicipalityCode = caller.MunicipalityCode,
            CenterId = "",
            DailyLifeAreaId = "",
            Address = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        ClientRules.Apply(client, request, ClientRules.CenterFor(request, caller)!);
        db.Clients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/consultations/clients/{client.Id}", ClientResponse.From(client, today));
    }

    private static async Task<Results<Ok<Page<ClientListItem>>, ValidationProblem>> Search(
        CallerContext caller, ConsultationsDbContext db, PersonalDataAudit audit, CancellationToken cancellationToken,
        [Description("氏名 (漢字またはカナ、部分一致)")][StringLength(100, ErrorMessage = Messages.TooLong)] string? q = null,
        [Description("被保険者番号 (10 桁)")][RegularExpression("^[0-9]{10}$", ErrorMessage = Messages.InsuredNumber)] string? insuredNumber = null,
        [Description("生年月日")] DateOnly? birthDate = null,
        [Description("日常生活圏域")] string? areaId = null,
        [Description("要介護度等")] CareLevel? careLevel = null,
        [Description("世帯類型")] HouseholdType? householdType = null,
        [Description("終了した台帳も含める")] bool includeInactive = false,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        var query = db.Clients.AsNoTracking().VisibleTo(caller);
        var folded = KanaFolding.Fold(q);
        if (folded.Length > 0)
        {
            var pattern = "%" + folded.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(c => EF.Functions.Like(c.SearchText, pattern, "\\"));
        }
        if (insuredNumber is not null)
        {
            query = query.Where(c => c.InsuredNumber == insuredNumber);
        }
        if (birthDate is not null)
        {
            query = query.Where(c => c.BirthDate == birthDate);
        }
        if (!string.IsNullOrEmpty(areaId))
        {
            query = query.Where(c => c.DailyLifeAreaId == areaId);
        }
        if (careLevel is not null)
        {
            query = query.Where(c => c.CareLevel == careLevel);
        }
        if (householdType is not null)
        {
            query = query.Where(c => c.HouseholdType == householdType);
        }
        if (!includeInactive)
        {
            query = query.Where(c => c.Status == ClientStatus.Active);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.KanaKey).ThenBy(c => c.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .Select(c => new ClientListItem(c.Id, c.CenterId, c.DailyLifeAreaId, c.Name, c.NameKana, c.BirthDate, c.InsuredNumber, c.CareLevel, c.HouseholdType, c.Status))
            .ToListAsync(cancellationToken);
        await audit.RecordReadAsync(items.Select(i => i.Id), cancellationToken);
        return TypedResults.Ok(new Page<ClientListItem>(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<ClientResponse>, ProblemHttpResult>> Get(
        Guid id, CallerContext caller, ConsultationsDbContext db, PersonalDataAudit audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return Problems.NotFound("利用者");
        }
        await audit.RecordReadAsync(client.Id, cancellationToken);
        return TypedResults.Ok(ClientResponse.From(client, JapanTime.Today(clock)));
    }

    private static async Task<Results<Ok<ClientResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateClientRequest request, CallerContext caller, MunicipalDirectory directory, ConsultationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var client = await db.Clients.VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return Problems.NotFound("利用者");
        }
        var today = JapanTime.Today(clock);
        // a regional caller who leaves centerId out keeps the record where it is
        var fields = request with { CenterId = request.CenterId ?? client.CenterId };
        var errors = ClientRules.Check(fields, caller, directory, today, client);
        if (errors.Count > 0)
        {
            return Problems.Unprocessable(errors);
        }

        db.ExpectVersion(client, request.Version!.Value);
        ClientRules.Apply(client, fields, ClientRules.CenterFor(fields, caller)!);
        client.UpdatedAt = clock.GetUtcNow();
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Problems.StaleVersion();
        }
        return TypedResults.Ok(ClientResponse.From(client, today));
    }

    private static async Task<Results<Ok<ClientResponse>, ValidationProblem, ProblemHttpResult>> Deactivate(
        Guid id, DeactivateClientRequest request, CallerContext caller, ConsultationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var client = await db.Clients.VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return Problems.NotFound("利用者");
        }
        var today = JapanTime.Today(clock);
        if (request.Reason == ClientStatus.Active)
        {
            return Problems.Unprocessable("reason", "終了理由 (Deceased, MovedOut, EnteredFacility, Other) を指定してください。");
        }
        if (request.On > today)
        {
            return Problems.Unprocessable("on", "終了日に未来の日付は指定できません。");
        }

        db.ExpectVersion(client, request.Version!.Value);
        client.Deactivate(request.Reason!.Value, request.On!.Value);
        client.UpdatedAt = clock.GetUtcNow();
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Problems.StaleVersion();
        }
        return TypedResults.Ok(ClientResponse.From(client, today));
    }
}
