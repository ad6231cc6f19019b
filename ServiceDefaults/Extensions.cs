using HoukatsuCare.ServiceDefaults.Errors;
using HoukatsuCare.ServiceDefaults.Health;
using HoukatsuCare.ServiceDefaults.Hosting;
using HoukatsuCare.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every HoukatsuCare host has, whoever started it (the AppHost, Kubernetes or a person):
/// telemetry, health, service discovery with resilience, RFC 9457 errors and privacy-safe request logs.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // A start-up failure is reported once, in one line, by HostRunExtensions.RunServiceAsync.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        // "Request starting GET …/clients?q=やまだ" prints the raw path and query, which can carry names typed into a
        // search (要配慮個人情報), whatever level an operator turns on; RequestLoggingMiddleware logs the route template instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // gRPC calls are POSTs, so they are never retried either: a retried write could be applied twice.
            http.AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
            http.AddServiceDiscovery();
        });

        builder.AddProblemDetailsDefaults();
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // outermost, so the line carries the status the caller got (a 500 or 400 written by the exception handlers too)
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseNulCharacterGuard();
        app.UseCharsetGuard();
        app.MapHealthEndpoints();
        app.MapPrometheusScrapingEndpoint("/metrics");
        foreach (var contributor in app.Services.GetServices<IEndpointContributor>())
        {
            contributor.MapEndpoints(app);
        }
        return app;
    }
}
