using HoukatsuCare.ServiceDefaults.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace HoukatsuCare.ServiceDefaults.Errors;

/// <summary>
/// A request that meets an unreachable or restarting database is told to come back: 503 with <c>Retry-After</c>,
/// as a problem, never a 500. Nothing was committed by it (a write's unit of work is one transaction), so the
/// caller may send it again — with the same <c>Idempotency-Key</c> for a creation.
/// </summary>
internal sealed partial class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!TransientDatabaseFailure.Is(exception))
        {
            return false;
        }
        LogUnavailable(logger, exception.GetType().Name);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new()
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "データベースに一時的に接続できません。",
                Detail = $"処理は行われていません。{RetryAfterSeconds} 秒ほど後に同じ内容で再送してください (登録は同じ Idempotency-Key で)。",
            },
        });
    }

    // the type only: the message can quote the statement's values
    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable ({ExceptionType}); answered 503")]
    private static partial void LogUnavailable(ILogger logger, string exceptionType);
}
