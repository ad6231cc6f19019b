using HoukatsuCare.Contracts;
using HoukatsuCare.LifeSupport.Infrastructure;
using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Data;
using HoukatsuCare.ServiceDefaults.Grpc;
using HoukatsuCare.ServiceDefaults.Hosting;

return await HostRunExtensions.RunServiceAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServiceDefaults();
    builder.AddDefaultAuthentication();
    builder.AddServiceDatabase<LifeSupportDbContext>(ServiceNames.Database(ServiceNames.LifeSupport));
    builder.AddMessaging<LifeSupportDbContext>();
    builder.AddGrpcDefaults();
    builder.Services.AddOpenApi();

    var app = builder.Build();
    app.MapDefaultEndpoints();
    app.MapApiRoot("/api/life-support", ServiceNames.LifeSupport, "生活支援体制整備・地域資源",
        "地域資源、ニーズ、生活支援コーディネーター、協議体、マッチングを扱います。");
    app.MapGrpcDefaults();
    return app;
});

public partial class Program;
