using HoukatsuCare.Contracts;
using HoukatsuCare.Meetings;
using HoukatsuCare.Meetings.Infrastructure;
using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Hosting;
using HoukatsuCare.ServiceDefaults.OpenApi;

return await HostRunExtensions.RunServiceAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddDomainService<MeetingsDbContext>(ServiceNames.Database(ServiceNames.Meetings), new ServiceApi(
        "/api/meetings", ServiceNames.Meetings, "会議・地域ケア会議",
        "会議種別、会議、出席者、議事録、地域課題を扱います。"));
    builder.AddMessaging<MeetingsDbContext>();
    builder.AddMeetings();

    var app = builder.Build();
    var api = app.MapDomainService();
    app.MapMeetings(api);
    return app;
});

public partial class Program;
