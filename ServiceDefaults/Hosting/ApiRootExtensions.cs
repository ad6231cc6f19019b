using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HoukatsuCare.ServiceDefaults.Hosting;

/// <summary>What a partner sees at a service's public prefix: what it is and where its contract lives.</summary>
public sealed record ApiRoot(string Service, string Title, string Description, string Version, string OpenApi);

public static class ApiRootExtensions
{
    /// <summary>
    /// Maps <c>GET {prefix}</c> describing the service and <c>{prefix}/openapi/v1.json</c>, both public and under the
    /// prefix the service keeps itself, so the gateway forwards them unchanged. The root only points at the document,
    /// so it is not an operation of it.
    /// </summary>
    public static RouteGroupBuilder MapApiRoot(this WebApplication app, ServiceApi api)
    {
        app.MapOpenApi($"{api.Prefix}/openapi/{{documentName}}.json");
        var root = new ApiRoot(api.Name, api.Title, api.Description, "v1", $"{api.Prefix}/openapi/v1.json");
        var group = app.MapGroup(api.Prefix);
        group.MapGet("/", () => TypedResults.Ok(root)).ExcludeFromDescription();
        return group;
    }
}
