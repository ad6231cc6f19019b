using HoukatsuCare.Gateway.Discovery;
using HoukatsuCare.Gateway.Health;
using HoukatsuCare.Gateway.Index;
using HoukatsuCare.Gateway.Routing;
using HoukatsuCare.ServiceDefaults.Hosting;

return await HostRunExtensions.RunServiceAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServiceDefaults();
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
