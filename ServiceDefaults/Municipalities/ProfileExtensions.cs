using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HoukatsuCare.ServiceDefaults.Municipalities;

public static class ProfileExtensions
{
    /// <summary>
    /// Loads and validates the municipal profiles (folder <c>Profiles:Path</c>, default the <c>profiles</c> folder
    /// shipped beside the host) while the host is being built, so a bad profile stops it before it takes traffic.
    /// </summary>
    public static IHostApplicationBuilder AddMunicipalProfiles(this IHostApplicationBuilder builder)
    {
        var path = builder.Configuration["Profiles:Path"] ?? Path.Combine(AppContext.BaseDirectory, "profiles");
        builder.Services.AddSingleton(MunicipalProfiles.Load(path));
        return builder;
    }
}
