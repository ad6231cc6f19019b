using HoukatsuCare.Contracts;
using HoukatsuCare.Identity.Infrastructure;
using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Data;
using HoukatsuCare.ServiceDefaults.Grpc;
using HoukatsuCare.ServiceDefaults.Hosting;
using HoukatsuCare.ServiceDefaults.OpenApi;

return await HostRunExtensions.RunServiceAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServiceDefaults();
    builder.AddDefaultAuthentication();
    builder.AddServiceDatabase<IdentityDbContext>(ServiceNames.Database(ServiceNames.Identity));
    builder.AddMessaging<IdentityDbContext>();
    builder.AddGrpcDefaults();
    var api = new ServiceApi("/api/identity", ServiceNames.Identity, "認証・認可",
        "職員と連携システムのアカウント、スコープ、トークン発行を扱います。");
    builder.Services.AddServiceOpenApi(api);

    var app = builder.Build();
    app.MapDefaultEndpoints();
    app.MapApiRoot(api);
    app.MapGrpcDefaults();
    return app;
});

public partial class Program;
