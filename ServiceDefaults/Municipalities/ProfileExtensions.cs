using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HoukatsuCare.ServiceDefaults.Municipalities;

public static class ProfileExtensions
{
    /// <summary>
    /// For a service that works from the municipal plans: loads and validates the municipal profiles (folder
    /// <c>Profiles:Path</c>, default the <c>profiles</c> folder shipped beside the host) while the host is being built,
    /// so a bad profile stops it before it takes traffic, and registers <see cref="MunicipalDirectory"/>.
    /// Hosts that never read a plan (the gateway) do not call it.
    /// </summary>
    public static IHostApplicationBuilder AddMunicipalProfiles(this IHostApplicationBuilder builder)
    {
        var path = builder.Configuration["Profiles:Path"] ?? Path.Combine(AppContext.BaseDirectory, "profiles");
        builder.Services.AddSingleton(MunicipalProfiles.Load(path));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MunicipalDirectory>();
        return builder;
    }
}
