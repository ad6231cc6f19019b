using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Consultations.Audit;

public sealed record AuditRecordResponse(long Id, DateTimeOffset At, string Subject, string? CallerCenterId, Guid ClientId, string Endpoint, string Purpose);

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", List).WithName("listAuditRecords").WithTags("監査記録").RequireAuthorization(AccessPolicies.City)
            .WithSummary("個人情報の閲覧記録 (市のみ)")
            .WithDescription("誰が・いつ・どの利用者の情報を・どの API で・何の目的で閲覧したか。市の担当課だけが参照できます。");
        return api;
    }

    private static async Task<Ok<Page<AuditRecordResponse>>> List(
        CallerContext caller, ConsultationsDbContext db, CancellationToken cancellationToken,
        [Description("利用者 ID")] Guid? clientId = null,
        [Description("閲覧した職員 (sub)")] string? subject = null,
        [Description("この日時以降")] DateTimeOffset? from = null,
        [Description("この日時より前")] DateTimeOffset? until = null,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 50)
    {
        var query = db.AuditRecords.AsNoTracking().Where(a => a.MunicipalityCode == caller.MunicipalityCode);
        if (clientId is not null)
        {
            query = query.Where(a => a.PersonId == clientId);
        }
        if (!string.IsNullOrEmpty(subject))
        {
            query = query.Where(a => a.Subject == subject);
        }
        if (from is not null)
        {
            var start = from.Value.ToUniversalTime();
            query = query.Where(a => a.At >= start);
        }
        if (until is not null)
        {
            var end = until.Value.ToUniversalTime();
            query = query.Where(a => a.At < end);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.Id).Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .Select(a => new AuditRecordResponse(a.Id, a.At, a.Subject, a.CallerCenterId, a.PersonId, a.Endpoint, a.Purpose))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<AuditRecordResponse>(items, page, pageSize, total));
    }
}
