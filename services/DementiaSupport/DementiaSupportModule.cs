using HoukatsuCare.Contracts.Consultations.V1;
using HoukatsuCare.DementiaSupport.Access;
using HoukatsuCare.DementiaSupport.Cafes;
using HoukatsuCare.DementiaSupport.CaravanMates;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.ConsultationDays;
using HoukatsuCare.DementiaSupport.FamilySupport;
using HoukatsuCare.DementiaSupport.Figures;
using HoukatsuCare.DementiaSupport.Grpc;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.DementiaSupport.Referrals;
using HoukatsuCare.DementiaSupport.SupporterCourses;
using HoukatsuCare.DementiaSupport.TeamOrange;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Municipalities;

namespace HoukatsuCare.DementiaSupport;

/// <summary>The service's features, registered and mapped in one place so Program.cs stays a page.</summary>
public static class DementiaSupportModule
{
    /// <summary>Where Consultations' gRPC endpoint is: its HTTP/2-only endpoint by discovery name, unless configured.</summary>
    public const string ConsultationsAddressKey = "Consultations:GrpcAddress";

    /// <summary>The named HTTP client the Consultations gRPC client runs on.</summary>
    public const string ConsultationsClientName = "consultations";

    public static IHostApplicationBuilder AddDementiaSupport(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidation(); // generated for this assembly's request records
        builder.AddMunicipalProfiles();
        builder.AddPersonalDataAudit<DementiaSupportDbContext>();
        services.AddAuthorizationBuilder().AddDementiaSupportPolicies();
        services.AddSingleton<Placement>();
        services.AddSingleton<Scopes>();
        services.AddScoped<FiguresQueries>();
        services.AddScoped<ConsultationCases>();
        services.AddGrpcClient<ConsultationsQueries.ConsultationsQueriesClient>(ConsultationsClientName, options =>
                options.Address = new Uri(builder.Configuration[ConsultationsAddressKey] ?? "http://_grpc.consultations"))
            // the caller's own token: Consultations applies its rules to the caller and audits the read under their name
            .AddCallCredentials((_, metadata, provider) =>
            {
                var authorization = provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers.Authorization.ToString();
                if (!string.IsNullOrEmpty(authorization))
                {
                    metadata.Add("Authorization", authorization);
                }
                return Task.CompletedTask;
            })
            // inside the cluster the channel is h2c; the token still travels only between our own services
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
        return builder;
    }

    public static WebApplication MapDementiaSupport(this WebApplication app, RouteGroupBuilder api)
    {
        // features map into a group that needs a work role; the API root and its OpenAPI document stay public
        var work = api.MapGroup("").RequireAuthorization(AccessPolicies.CenterWork);
        work.MapCaravanMates();
        work.MapSupporterCourses();
        work.MapCafes();
        work.MapCafeSessions();
        work.MapConsultationDays();
        work.MapReferrals();
        work.MapTeamOrange();
        work.MapFamilySupport();
        work.MapFigures();
        app.MapGrpcService<DementiaSupportQueriesService>().RequireAuthorization(AccessPolicies.Queries);
        return app;
    }
}
