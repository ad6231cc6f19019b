using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HoukatsuCare.ServiceDefaults.Audit;

/// <summary>
/// Writes the audit rows of the current request's reads of personal data (要配慮個人情報), in the service's own
/// database. The purpose comes from the <c>X-Purpose</c> header (percent-encoded UTF-8) or the <c>purpose</c> query
/// parameter, else <see cref="DefaultPurpose"/>. Rows are kept at least five years and never pruned by default.
/// </summary>
public sealed class PersonalDataAudit(ServiceDbContext store, CallerContext caller, IHttpContextAccessor http, TimeProvider clock)
{
    public const string Table = "audit_records";
    public const string DefaultPurpose = "相談対応";
    public const string PurposeHeader = "X-Purpose";
    private const int MaxPurposeLength = 200;

    public async Task RecordReadAsync(IEnumerable<Guid> personIds, CancellationToken cancellationToken)
    {
        var context = http.HttpContext!;
        var endpoint = context.GetEndpoint() is RouteEndpoint route
            ? $"{context.Request.Method} {route.RoutePattern.RawText}"
            : $"{context.Request.Method} {context.Request.Path}";
        var purpose = Purpose(context);
        var now = clock.GetUtcNow();
        foreach (var personId in personIds.Distinct())
        {
            store.Db.Add(new AuditRecord
            {
                At = now,
                Subject = caller.Subject,
                MunicipalityCode = caller.MunicipalityCode,
                CallerCenterId = caller.CenterId,
                PersonId = personId,
                Endpoint = Truncate(endpoint),
                Purpose = purpose,
            });
        }
        await store.Db.SaveChangesAsync(cancellationToken);
    }

    public Task RecordReadAsync(Guid personId, CancellationToken cancellationToken) => RecordReadAsync([personId], cancellationToken);

    private static string Purpose(HttpContext context)
    {
        // a header carries ASCII only, so a Japanese purpose arrives percent-encoded there
        var given = Uri.UnescapeDataString(context.Request.Headers[PurposeHeader].ToString());
        if (string.IsNullOrWhiteSpace(given))
        {
            given = context.Request.Query["purpose"].ToString();
        }
        // free text the caller chose: control characters (a NUL cannot be stored) are dropped, not refused, so a read still works
        given = new string(given.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return given.Length == 0 ? DefaultPurpose : Truncate(given);
    }

    /// <summary>At most 200 UTF-16 units, never ending on half a surrogate pair (PostgreSQL would refuse the text).</summary>
    private static string Truncate(string text) =>
        text.Length <= MaxPurposeLength ? text
        : char.IsHighSurrogate(text[MaxPurposeLength - 1]) ? text[..(MaxPurposeLength - 1)]
        : text[..MaxPurposeLength];
}

public static class PersonalDataAuditExtensions
{
    /// <summary>
    /// Audit of personal-data reads in <typeparamref name="TContext"/> (whose model calls <see cref="AddAuditRecords"/>).
    /// Kept for ever unless <c>Retention:AuditReads</c> is set, and never less than five years (the 医療情報システムの
    /// 安全管理に関するガイドライン keeps per-user access records that long).
    /// </summary>
    public static IHostApplicationBuilder AddPersonalDataAudit<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PersonalDataAudit>();
        builder.AddRetention<TContext>(new RetentionRule("AuditReads", PersonalDataAudit.Table, "at", DefaultAge: null, MinimumAge: RetentionExtensions.FiveYears));
        return builder;
    }

    /// <summary>The <c>audit_records</c> table; <paramref name="personColumn"/> names whose data was read (e.g. <c>client_id</c>).</summary>
    public static ModelBuilder AddAuditRecords(this ModelBuilder modelBuilder, string personColumn) =>
        modelBuilder.ApplyConfiguration(new AuditRecordConfiguration(personColumn));
}
