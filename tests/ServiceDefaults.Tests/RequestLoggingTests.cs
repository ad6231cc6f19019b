using System.Collections.Concurrent;
using System.Net;
using HoukatsuCare.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HoukatsuCare.ServiceDefaults.Tests;

/// <summary>The one line per request reports the status the caller received, with the route template and never the query.</summary>
public sealed class RequestLoggingTests
{
    [Fact]
    public async Task A_request_that_throws_is_logged_with_the_500_it_answered_and_bad_input_with_its_400()
    {
        var lines = new ConcurrentQueue<string>();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(new CapturingLoggerProvider(lines));
        builder.AddServiceDefaults();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        await using var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGet("/things/{id}", (string id) => id == "boom" ? throw new InvalidOperationException("boom") : Results.Ok(id));
        app.MapGet("/count", (int n) => n);
        await app.StartAsync();

        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
        Assert.Equal(HttpStatusCode.InternalServerError, (await http.GetAsync("/things/boom?q=%E5%B1%B1%E7%94%B0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/count?n=many")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/things/a")).StatusCode);
        await app.StopAsync();

        var requests = lines.Where(l => l.StartsWith("HoukatsuCare.ServiceDefaults.Telemetry.RequestLoggingMiddleware", StringComparison.Ordinal)).ToList();
        Assert.Contains(requests, l => l.Contains("GET /things/{id} -> 500", StringComparison.Ordinal));
        Assert.Contains(requests, l => l.Contains("GET /count -> 400", StringComparison.Ordinal));
        Assert.Contains(requests, l => l.Contains("GET /things/{id} -> 200", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("%E5%B1%B1", StringComparison.Ordinal) || l.Contains('山'));
    }
}
