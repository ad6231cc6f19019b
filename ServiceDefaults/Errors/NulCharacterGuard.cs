using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HoukatsuCare.ServiceDefaults.Errors;

/// <summary>
/// PostgreSQL text and jsonb cannot hold U+0000: a NUL in a query value or a JSON string would reach the
/// database and fail there as a 500. It is refused up front as a 400 naming the parameter or the field.
/// </summary>
public static class NulCharacterGuard
{
    internal const string Message = "制御文字 (NUL, U+0000) は使えません。";

    internal static IServiceCollection AddNulCharacterGuard(this IServiceCollection services) =>
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(json => json.SerializerOptions.Converters.Add(new NulRejectingStringConverter()));

    internal static IApplicationBuilder UseNulCharacterGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var field = context.Request.Query.FirstOrDefault(q => q.Key.Contains('\0') || q.Value.Any(v => v?.Contains('\0') == true)).Key;
        if (field is null)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails = new ValidationProblemDetails(new Dictionary<string, string[]> { [field.Replace("\0", "", StringComparison.Ordinal)] = [Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "リクエストの形式が正しくありません。",
            },
        });
    });

    /// <summary>Reads strings as usual but rejects a NUL; the serializer adds the JSON path, which the 400 names.</summary>
    private sealed class NulRejectingStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Checked(reader.GetString());

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Checked(reader.GetString())!;

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value);

        private static string? Checked(string? value) =>
            value?.Contains('\0') == true ? throw new JsonException(Message) : value;
    }
}
