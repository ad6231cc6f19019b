using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HoukatsuCare.ServiceDefaults.Hosting;

/// <summary>What a partner sees at a service's public prefix: what it is and where its contract lives.</summary>
public sealed record ApiRoot(string Service, string Title, string Description, string Version, string OpenApi);

public static class ApiRootExtensions
{
    /// <summary>
    /// Maps <c>GET {prefix}</c> describing the service and <c>{prefix}/openapi/v1.json</c>, both under the
    /// public prefix the service keeps itself, so the gateway forwards them unchanged.
    /// </summary>
    public static RouteGroupBuilder MapApiRoot(this WebApplication app, string prefix, string service, string title, string description)
    {
        var openApiPath = $"{prefix}/openapi/{{documentName}}.json";
        app.MapOpenApi(openApiPath);
        var root = new ApiRoot(service, title, description, "v1", $"{prefix}/openapi/v1.json");
        var group = app.MapGroup(prefix);
        group.MapGet("/", () => TypedResults.Ok(root))
            .WithName($"{service}-root")
            .WithSummary($"{title} API の概要")
            .WithDescription("サービス名、説明、OpenAPI 文書の場所を返します。");
        return group;
    }
}
