using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HoukatsuCare.ServiceDefaults.Errors;

/// <summary>
/// A body that cannot be read (malformed JSON, a wrong enum value, a number where text belongs)
/// becomes a 400 that names the offending field, instead of a bare status.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var json = FindJsonException(badRequest);
        var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [json is null ? badRequest.Message : $"'{field}' の値を読み取れません。型または選択肢を確認してください。"],
        })
        {
            Status = badRequest.StatusCode,
            Title = "リクエストの形式が正しくありません。",
        };
        context.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }
        return null;
    }
}
