using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace HoukatsuCare.ServiceDefaults.Telemetry;

/// <summary>
/// One line per request with the route template, never the raw path or query string:
/// those can carry names, kana or addresses typed into a search (要配慮個人情報).
/// It runs outside the exception handlers, so the status is the one the caller received.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (OpenTelemetryExtensions.IsInfrastructurePath(context.Request.Path))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        // routing has already chosen the endpoint; read it now, because the exception handler clears it
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText
            ?? context.GetEndpoint()?.DisplayName
            ?? "(unmatched)";
        try
        {
            await next(context);
        }
        finally
        {
            LogRequest(logger, context.Request.Method, route, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} -> {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double elapsedMs);
}
