using Microsoft.AspNetCore.Routing;

namespace HoukatsuCare.ServiceDefaults.Hosting;

/// <summary>
/// Endpoints a shared library adds to every host that registers it (e.g. messaging's <c>/ops/messaging/*</c>),
/// mapped by <c>MapDefaultEndpoints()</c> so no service's Program.cs has to remember them.
/// </summary>
public interface IEndpointContributor
{
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
