using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace HoukatsuCare.Consultations.Common;

/// <summary>
/// Validation errors name fields as the JSON does (<c>emergencyContacts[0].phone</c>, not
/// <c>EmergencyContacts[0].Phone</c>) and carry a Japanese title, whichever validator produced them.
/// </summary>
public static class ValidationProblemNaming
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

    public static string JsonPath(string key) =>
        string.Join('.', key.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));
}
