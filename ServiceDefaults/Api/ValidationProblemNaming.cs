using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HoukatsuCare.ServiceDefaults.Api;

/// <summary>
/// Validation errors name fields as the JSON does (<c>emergencyContacts[0].phone</c>, not
/// <c>EmergencyContacts[0].Phone</c>) and carry a Japanese title, whichever validator produced them.
/// A query parameter that cannot be bound (<c>careLevel=Care9</c>) is named too, instead of "body".
/// </summary>
public static partial class ValidationProblemNaming
{
    public static IServiceCollection AddJsonNamedValidationProblems(this IServiceCollection services) =>
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var inner = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                inner?.Invoke(context);
                if (context.ProblemDetails is HttpValidationProblemDetails validation)
                {
                    Rename(validation);
                }
            };
        });

    private static void Rename(HttpValidationProblemDetails validation)
    {
        var renamed = validation.Errors.ToDictionary(e => JsonPath(e.Key), e => e.Value);
        if (renamed.Remove("body", out var body) && body.Select(m => UnboundParameter().Match(m)).FirstOrDefault(m => m.Success) is { } unbound)
        {
            var parameter = unbound.Groups["name"].Value;
            renamed[parameter] = [$"'{parameter}' の値を読み取れません。型または選択肢を確認してください。"];
        }
        else if (body is not null)
        {
            renamed["body"] = body;
        }
        validation.Errors.Clear();
        foreach (var (key, value) in renamed)
        {
            validation.Errors[key] = value;
        }
        if (validation.Title == "One or more validation errors occurred.")
        {
            validation.Title = "入力内容に誤りがあります。";
        }
    }

    /// <summary>A property path in camelCase; a header name (<c>Idempotency-Key</c>, <c>Content-Type</c>) stays as it is.</summary>
    public static string JsonPath(string key) =>
        key.Contains('-', StringComparison.Ordinal)
            ? key
            : string.Join('.', key.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));

    // the framework's message for a route or query value it could not convert, e.g. Failed to bind parameter "Nullable<CareLevel> careLevel" from "Care9".
    [GeneratedRegex("^Failed to bind parameter \"(?:.* )?(?<name>[A-Za-z0-9_]+)\" from")]
    private static partial Regex UnboundParameter();
}
