using HoukatsuCare.Contracts;
using HoukatsuCare.VolunteerPoints;
using HoukatsuCare.VolunteerPoints.Infrastructure;
using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Hosting;
using HoukatsuCare.ServiceDefaults.OpenApi;

return await HostRunExtensions.RunServiceAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddDomainService<VolunteerPointsDbContext>(ServiceNames.Database(ServiceNames.VolunteerPoints), new ServiceApi(
        "/api/volunteer-points", ServiceNames.VolunteerPoints, "介護予防ボランティアポイント",
        "ボランティア、対象事業、ポイント台帳(追記のみ)、見守り報告を扱います。"));
    builder.AddMessaging<VolunteerPointsDbContext>();
    builder.AddVolunteerPoints();

    var app = builder.Build();
    var api = app.MapDomainService();
    app.MapVolunteerPoints(api);
    return app;
});

public partial class Program;
