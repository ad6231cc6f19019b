using HoukatsuCare.Consultations;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.Contracts;
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
    builder.AddServiceDatabase<ConsultationsDbContext>(ServiceNames.Database(ServiceNames.Consultations));
    builder.AddMessaging<ConsultationsDbContext>();
    builder.AddGrpcDefaults();
    builder.Services.AddOpenApi();
    builder.AddConsultations();

    var app = builder.Build();
    app.MapDefaultEndpoints();
    app.UseAuthentication();
    app.UseAuthorization();
    var api = app.MapApiRoot("/api/consultations", ServiceNames.Consultations, "総合相談支援・権利擁護",
        "利用者台帳、相談ケース、相談記録、個別支援計画、虐待・成年後見・消費者被害・困難事例の記録を扱います。");
    app.MapConsultations(api);
    app.MapGrpcDefaults();
    return app;
});

public partial class Program;
