using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HoukatsuCare.ServiceDefaults.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on creating POSTs. The record joins the handler's own SaveChanges on the service's
/// DbContext, so the creation and the key commit together; a repeat of the same request replays the first 201, the
/// same key with a different request is 422, and a repeat racing the first is 409. The request compared is the body
/// the endpoint declares it accepts (its <see cref="IAcceptsMetadata"/>), whatever its type is called.
/// </summary>
public sealed class IdempotencyFilter(ServiceDbContext store, CallerContext caller, IOptions<JsonOptions> json, TimeProvider clock) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 100;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return await next(context);
        }
        if (key.Length > MaxKeyLength)
        {
            return Problems.Unprocessable(Header, $"{Header} は {MaxKeyLength} 文字以内にしてください。");
        }

        var db = store.Db;
        var endpoint = $"{http.Request.Method} {http.Request.Path}";
        var bodyType = http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var hash = Hash(endpoint, context.Arguments.Where(a => a is not null && bodyType is not null && a.GetType() == bodyType));
        var earlier = await db.Set<IdempotencyRecord>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Subject == caller.Subject && r.Key == key, http.RequestAborted);
        if (earlier is not null)
        {
            return Replay(earlier, hash, http);
        }

        var record = new IdempotencyRecord { Subject = caller.Subject, Key = key, Endpoint = endpoint, RequestHash = hash, CreatedAt = clock.GetUtcNow() };
        db.Add(record);
        object? result;
        try
        {
            result = await next(context);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "pk_idempotency_records" })
        {
            return InProgress();
        }

        if (db.Entry(record).State == EntityState.Added)
        {
            // the handler refused the request and saved nothing: the key stays free for a corrected retry
            db.Entry(record).State = EntityState.Detached;
            return result;
        }
        var outcome = result;
        while (outcome is INestedHttpResult nested)
        {
            outcome = nested.Result;
        }
        if (outcome is IStatusCodeHttpResult { StatusCode: StatusCodes.Status201Created } and IValueHttpResult { Value: { } value })
        {
            record.StatusCode = StatusCodes.Status201Created;
            record.Location = outcome.GetType().GetProperty("Location")?.GetValue(outcome) as string;
            record.ResponseBody = JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return result;
    }

    private static IResult Replay(IdempotencyRecord earlier, string hash, HttpContext http)
    {
        if (earlier.RequestHash != hash)
        {
            return Problems.Unprocessable(Header, "この Idempotency-Key は別の内容のリクエストで使用済みです。");
        }
        if (earlier.StatusCode is not { } status || earlier.ResponseBody is null)
        {
            return InProgress();
        }
        if (earlier.Location is not null)
        {
            http.Response.Headers.Location = earlier.Location;
        }
        http.Response.Headers["Idempotent-Replayed"] = "true";
        return TypedResults.Text(earlier.ResponseBody, "application/json", Encoding.UTF8, status);
    }

    private static IResult InProgress() => Problems.Conflict(
        "同じ Idempotency-Key のリクエストを処理中です。",
        "しばらくしてから同じ内容で再送してください。",
        new Dictionary<string, object?> { ["field"] = Header });

    private string Hash(string endpoint, IEnumerable<object?> requests)
    {
        var text = endpoint + "\n" + string.Join("\n", requests.Select(r => JsonSerializer.Serialize(r, r!.GetType(), json.Value.SerializerOptions)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
