using HoukatsuCare.Contracts;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Data;
using HoukatsuCare.ServiceDefaults.Grpc;
using HoukatsuCare.ServiceDefaults.Hosting;

return await HostRunExtensions.RunServiceAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServiceDefaults();
    builder.AddServiceDatabase<ConsultationsDbContext>(ServiceNames.Database(ServiceNames.Consultations));
    builder.AddMessaging<ConsultationsDbContext>();
    builder.AddGrpcDefaults();
    builder.Services.AddOpenApi();

    var app = builder.Build();
    app.MapDefaultEndpoints();
    app.MapApiRoot("/api/consultations", ServiceNames.Consultations, "総合相談支援・権利擁護",
        "利用者台帳、相談ケース、相談記録、個別支援計画、虐待・成年後見・消費者被害・困難事例の記録を扱います。");
    app.MapGrpcDefaults();
    return app;
});

public partial class Program;
