using HoukatsuCare.Consultations.Idempotency;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Audit;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Clients;
using HoukatsuCare.Consultations.Common;
using HoukatsuCare.Consultations.Figures;
using HoukatsuCare.Consultations.Grpc;
using HoukatsuCare.Consultations.Notes;
using HoukatsuCare.Consultations.Plans;
using HoukatsuCare.Consultations.Worklist;

namespace HoukatsuCare.Consultations;

/// <summary>The service's features, registered and mapped in one place so Program.cs stays a page.</summary>
public static class ConsultationsModule
{
    public static IHostApplicationBuilder AddConsultations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidation();
        services.AddJsonNamedValidationProblems();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // an unreadable body (wrong enum, malformed JSON) reaches the problem-details handler, which names the field
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddAuthorizationBuilder().AddConsultationsPolicies();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IMunicipalDirectory, ProfileMunicipalDirectory>();
        services.Configure<WorklistOptions>(builder.Configuration.GetSection(WorklistOptions.SectionName));
        services.Configure<IdempotencyOptions>(builder.Configuration.GetSection(IdempotencyOptions.SectionName));
        services.AddHostedService<IdempotencyPruner>();
        services.AddScoped<AuditLog>();
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
