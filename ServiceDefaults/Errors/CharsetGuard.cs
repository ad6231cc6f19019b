using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace HoukatsuCare.ServiceDefaults.Errors;

/// <summary>
/// A body declared in a character set .NET does not know (<c>charset=no-such-charset</c>) made the JSON reader throw
/// an InvalidOperationException, answered as a 500. It is a 415 naming <c>Content-Type</c> instead.
/// </summary>
internal static class CharsetGuard
{
    internal static IApplicationBuilder UseCharsetGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || mediaType.Charset.Length == 0
            || mediaType.Encoding is not null)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails = new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [HeaderNames.ContentType] = [$"文字コード '{mediaType.Charset}' には対応していません。UTF-8 で送ってください。"],
            })
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "リクエストの形式が正しくありません。",
            },
        });
    });
}
