using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HoukatsuCare.ServiceDefaults.Data;

/// <summary>
/// Runs a request again, whole, when the database was briefly away and doing so is safe: a read (GET/HEAD) always,
/// a write only when it failed while connecting (nothing reached the database). The request's unit of work is
/// discarded first (change tracker cleared), so nothing of the failed attempt is saved. Applied to every endpoint
/// of a domain service, outside the <c>Idempotency-Key</c> filter so that one runs again too. What still fails is
/// answered 503 with Retry-After by the exception handler.
/// </summary>
internal sealed class TransientDatabaseRetryFilter : IEndpointFilter
{
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(600), TimeSpan.FromMilliseconds(1200)];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var read = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await next(context);
            }
            catch (Exception e) when (attempt < Delays.Length && (read || TransientDatabaseFailure.BeforeAnyCommand(e)) && TransientDatabaseFailure.Is(e)
                && !http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
            {
                http.RequestServices.GetService<ServiceDbContext>()?.Db.ChangeTracker.Clear();
                await Task.Delay(Delays[attempt], http.RequestAborted);
            }
        }
    }
}
