using HoukatsuCare.ServiceDefaults.Municipalities;

namespace HoukatsuCare.VolunteerPoints;

/// <summary>The service's features, registered and mapped in one place so Program.cs stays a page.</summary>
public static class VolunteerPointsModule
{
    public static IHostApplicationBuilder AddVolunteerPoints(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidation(); // generated for this assembly's request records
        builder.AddMunicipalProfiles();
        return builder;
    }

    public static WebApplication MapVolunteerPoints(this WebApplication app, RouteGroupBuilder api)
    {
        // features map into a group that needs a token; the API root and its OpenAPI document stay public
        api.MapGroup("").RequireAuthorization();
        return app;
    }
}
