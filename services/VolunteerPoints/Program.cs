using HoukatsuCare.Contracts;
using HoukatsuCare.VolunteerPoints.Infrastructure;
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
    builder.AddServiceDatabase<VolunteerPointsDbContext>(ServiceNames.Database(ServiceNames.VolunteerPoints));
    builder.AddMessaging<VolunteerPointsDbContext>();
    builder.AddGrpcDefaults();
    builder.Services.AddOpenApi();

    var app = builder.Build();
    app.MapDefaultEndpoints();
    app.MapApiRoot("/api/volunteer-points", ServiceNames.VolunteerPoints, "介護予防ボランティアポイント",
        "ボランティア、対象事業、ポイント台帳(追記のみ)、見守り報告を扱います。");
    app.MapGrpcDefaults();
    return app;
});

public partial class Program;
