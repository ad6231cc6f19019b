using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace HoukatsuCare.ServiceDefaults.OpenApi;

/// <summary>
/// The OpenAPI document partners generate clients from: every property typed with the right nullability, a bearer
/// security scheme on the protected operations, the problem+json answers documented, described tags and a Japanese
/// info block. Operation ids come from each endpoint's <c>WithName</c>; the linter test finds any that is missing.
/// </summary>
public static class OpenApiConventions
{
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddServiceOpenApi(this IServiceCollection services, ServiceApi api)
    {
        services.AddSingleton(api);
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<SchemaConventions>();
            options.AddOperationTransformer<OperationConventions>();
            options.AddDocumentTransformer<DocumentConventions>();
        });
        return services;
    }

    /// <summary>Describes the tags the service's endpoints use (the linter requires a description for each).</summary>
    public static IServiceCollection AddApiTags(this IServiceCollection services, params ApiTag[] tags)
    {
        foreach (var tag in tags)
        {
            services.AddSingleton(tag);
        }
        return services;
    }
}

public static class ProblemResponses
{
    /// <summary>
    /// Documents the problems an endpoint answers besides those every operation has (400, 401, 403, 503): e.g. 404
    /// for a record the caller may not see, 409 for a stale version or a forbidden transition, 422 for a value that
    /// is well-formed but not acceptable. 422 carries the field names (HttpValidationProblemDetails).
    /// </summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder endpoint, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            if (status == StatusCodes.Status422UnprocessableEntity)
            {
                endpoint.ProducesValidationProblem(status);
            }
            else
            {
                endpoint.ProducesProblem(status);
            }
        }
        return endpoint;
    }
}
