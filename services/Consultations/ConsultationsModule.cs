using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Audit;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Clients;
using HoukatsuCare.Consultations.Figures;
using HoukatsuCare.Consultations.Grpc;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.Consultations.Notes;
using HoukatsuCare.Consultations.Plans;
using HoukatsuCare.Consultations.Worklist;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Municipalities;

namespace HoukatsuCare.Consultations;

/// <summary>The service's features, registered and mapped in one place so Program.cs stays a page.</summary>
public static class ConsultationsModule
{
    public static IHostApplicationBuilder AddConsultations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidation(); // generated for this assembly's request records
        builder.AddMunicipalProfiles();
        builder.AddPersonalDataAudit<ConsultationsDbContext>();
        services.AddAuthorizationBuilder().AddConsultationsPolicies();
        services.Configure<WorklistOptions>(builder.Configuration.GetSection(WorklistOptions.SectionName));
        services.AddScoped<FiguresQueries>();
        services.AddScoped<WorklistQuery>();
        return builder;
    }

    public static WebApplication MapConsultations(this WebApplication app, RouteGroupBuilder api)
    {
        var work = api.MapGroup("").RequireAuthorization(AccessPolicies.CenterWork);
        work.MapClients();
        work.MapCases();
        work.MapNotes();
        work.MapPlans();
        work.MapWorklist();
        work.MapFigures();
        work.MapAudit();
        app.MapGrpcService<ConsultationsQueriesService>().RequireAuthorization(AccessPolicies.Queries);
        return app;
    }
}
