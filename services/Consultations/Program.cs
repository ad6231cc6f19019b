using HoukatsuCare.Consultations;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.Contracts;
using HoukatsuCare.Messaging;
using HoukatsuCare.ServiceDefaults.Hosting;
using HoukatsuCare.ServiceDefaults.OpenApi;

return await HostRunExtensions.RunServiceAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddDomainService<ConsultationsDbContext>(ServiceNames.Database(ServiceNames.Consultations), new ServiceApi(
        "/api/consultations", ServiceNames.Consultations, "総合相談支援・権利擁護",
        "利用者台帳、相談ケース、相談記録、個別支援計画、虐待・成年後見・消費者被害・困難事例の記録を扱います。"));
    builder.AddMessaging<ConsultationsDbContext>();
    builder.AddConsultations();

    var app = builder.Build();
    var api = app.MapDomainService();
    app.MapConsultations(api);
    return app;
});

public partial class Program;
