using HoukatsuCare.Contracts;
using HoukatsuCare.DementiaSupport.Infrastructure;
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
    builder.AddServiceDatabase<DementiaSupportDbContext>(ServiceNames.Database(ServiceNames.DementiaSupport));
    builder.AddMessaging<DementiaSupportDbContext>();
    builder.AddGrpcDefaults();
    builder.Services.AddOpenApi();

    var app = builder.Build();
    app.MapDefaultEndpoints();
    app.MapApiRoot("/api/dementia-support", ServiceNames.DementiaSupport, "認知症施策",
        "認知症サポーター養成講座、認知症カフェ、認知症相談会、初期集中支援チームへのつなぎ、チームオレンジを扱います。");
    app.MapGrpcDefaults();
    return app;
});

public partial class Program;
