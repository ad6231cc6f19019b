using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HoukatsuCare.ServiceDefaults.Api;

/// <summary>
/// How every service's HTTP API reads requests and reports what is wrong with them: validation of the request
/// records, errors named as the JSON names them, enums as strings, and an unreadable body (wrong enum, malformed
/// JSON) turned into a problem that names the field instead of an empty 400.
/// The validation itself is generated per assembly at the call of <c>AddValidation()</c>, so each service calls that
/// in its own module, where its request records are.
/// </summary>
public static class ApiConventions
{
    public static IServiceCollection AddApiConventions(this IServiceCollection services)
    {
        services.AddJsonNamedValidationProblems();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // a number is a JSON number: "12" is refused, so the documents can say integer, not integer-or-string
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
