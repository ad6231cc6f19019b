using HoukatsuCare.Contracts;
using HoukatsuCare.Meetings.Infrastructure;
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
    builder.AddServiceDatabase<MeetingsDbContext>(ServiceNames.Database(ServiceNames.Meetings));
    builder.AddMessaging<MeetingsDbContext>();
    builder.AddGrpcDefaults();
    builder.Services.AddOpenApi();

    var app = builder.Build();
    app.MapDefaultEndpoints();
    app.MapApiRoot("/api/meetings", ServiceNames.Meetings, "会議・地域ケア会議",
        "会議種別、会議、出席者、議事録、地域課題を扱います。");
    app.MapGrpcDefaults();
    return app;
});

public partial class Program;
