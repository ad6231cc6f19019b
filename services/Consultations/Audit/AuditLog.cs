using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Routing;

namespace HoukatsuCare.Consultations.Audit;

/// <summary>
/// Writes the audit rows of the current request's reads of personal data. The purpose comes from the
/// <c>X-Purpose</c> header (percent-encoded UTF-8) or the <c>purpose</c> query parameter, else <see cref="DefaultPurpose"/>.
/// </summary>
public sealed class AuditLog(ConsultationsDbContext db, CallerContext caller, IHttpContextAccessor http, TimeProvider clock)
{
    public const string DefaultPurpose = "相談対応";
    public const string PurposeHeader = "X-Purpose";
    private const int MaxPurposeLength = 200;

    public async Task RecordReadAsync(IEnumerable<Guid> clientIds, CancellationToken cancellationToken)
    {
        var context = http.HttpContext!;
        var endpoint = context.GetEndpoint() is RouteEndpoint route
            ? $"{context.Request.Method} {route.RoutePattern.RawText}"
            : $"{context.Request.Method} {context.Request.Path}";
        var purpose = Purpose(context);
        var now = clock.GetUtcNow();
        foreach (var clientId in clientIds.Distinct())
        {
            db.AuditRecords.Add(new AuditRecord
            {
                At = now,
                Subject = caller.Subject,
                MunicipalityCode = caller.MunicipalityCode,
                CallerCenterId = caller.CenterId,
                ClientId = clientId,
                Endpoint = Truncate(endpoint),
                Purpose = purpose,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task RecordReadAsync(Guid clientId, CancellationToken cancellationToken) => RecordReadAsync([clientId], cancellationToken);

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
