using HoukatsuCare.Contracts;
using HoukatsuCare.DementiaSupport;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Hosting;
using HoukatsuCare.ServiceDefaults.OpenApi;

return await HostRunExtensions.RunServiceAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddDomainService<DementiaSupportDbContext>(ServiceNames.Database(ServiceNames.DementiaSupport), new ServiceApi(
        "/api/dementia-support", ServiceNames.DementiaSupport, "認知症施策",
        "認知症サポーター養成講座、認知症カフェ、認知症相談会、初期集中支援チームへのつなぎ、チームオレンジを扱います。"));
    builder.AddMessaging<DementiaSupportDbContext>();
    builder.AddDementiaSupport();

    var app = builder.Build();
    var api = app.MapDomainService();
    app.MapDementiaSupport(api);
    return app;
});

public partial class Program;
