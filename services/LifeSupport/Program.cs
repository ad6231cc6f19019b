using HoukatsuCare.Contracts;
using HoukatsuCare.LifeSupport;
using HoukatsuCare.LifeSupport.Infrastructure;
using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Hosting;
using HoukatsuCare.ServiceDefaults.OpenApi;

return await HostRunExtensions.RunServiceAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddDomainService<LifeSupportDbContext>(ServiceNames.Database(ServiceNames.LifeSupport), new ServiceApi(
        "/api/life-support", ServiceNames.LifeSupport, "生活支援体制整備・地域資源",
        "地域資源、ニーズ、生活支援コーディネーター、協議体、マッチングを扱います。"));
    builder.AddMessaging<LifeSupportDbContext>();
    builder.AddLifeSupport();

    var app = builder.Build();
    var api = app.MapDomainService();
    app.MapLifeSupport(api);
    return app;
});

public partial class Program;
