using HoukatsuCare.Gateway.Discovery;
using HoukatsuCare.Gateway.Health;
using HoukatsuCare.Gateway.Index;
using HoukatsuCare.Gateway.Routing;
using HoukatsuCare.ServiceDefaults.Hosting;

return await HostRunExtensions.RunServiceAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServiceDefaults();
    // "Proxying to http://…/clients?q=やまだ" carries what was typed into a search: never logged, whatever the level
    builder.Logging.AddFilter("Yarp.ReverseProxy.Forwarder.HttpForwarder", LogLevel.Warning);
    builder.AddDownstreamHealthChecks();
    builder.Services.AddReverseProxy()
        .LoadFromMemory(GatewayRoutes.Routes(), GatewayRoutes.Clusters());
    builder.Services.AddServiceDiscoveryDestinationResolver();

    var app = builder.Build();
    app.MapDefaultEndpoints();
    app.MapGatewayIndex();
    app.MapAsyncApiDocument();
    app.MapReverseProxy();
    return app;
});

public partial class Program;
