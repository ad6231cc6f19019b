using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Data;
using HoukatsuCare.ServiceDefaults.Grpc;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HoukatsuCare.ServiceDefaults.Hosting;

/// <summary>
/// The skeleton every domain service stands on, so a service's Program.cs is one page and no service repeats a
/// convention: service defaults, token validation, its own database with migrations, the API conventions
/// (validation, problems, enums as strings), <c>Idempotency-Key</c>, gRPC and OpenAPI.
/// </summary>
public static class DomainServiceExtensions
{
    public static IHostApplicationBuilder AddDomainService<TContext>(this IHostApplicationBuilder builder, string databaseName, ServiceApi api)
        where TContext : DbContext
    {
        builder.AddServiceDefaults();
        builder.AddDefaultAuthentication();
        builder.AddServiceDatabase<TContext>(databaseName);
        builder.AddIdempotency<TContext>();
        builder.AddGrpcDefaults();
        builder.Services.AddApiConventions();
        builder.Services.AddServiceOpenApi(api);
        return builder;
    }

    /// <summary>
    /// Health, metrics and error handling, authentication and authorization, gRPC health and reflection, and the API
    /// root with its OpenAPI document under the service's public prefix; returns the group the features map into.
    /// </summary>
    public static RouteGroupBuilder MapDomainService(this WebApplication app)
    {
        app.MapDefaultEndpoints();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcDefaults();
        var api = app.MapApiRoot(app.Services.GetRequiredService<ServiceApi>());
        // a database briefly away: reads (and writes that never reached it) run again before anyone sees a 503
        api.AddEndpointFilter<TransientDatabaseRetryFilter>();
        return api;
    }
}
