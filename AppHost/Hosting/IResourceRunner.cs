using HoukatsuCare.AppHost.Resources;

namespace HoukatsuCare.AppHost.Hosting;

/// <summary>Brings one resource up (after what it waits for), keeps it up, and takes it down.</summary>
public interface IResourceRunner
{
    IResource Resource { get; }

    /// <summary>Resources that must be healthy before this one starts.</summary>
    IReadOnlyList<IResource> WaitsFor { get; }

    /// <summary>Runs until cancelled; throws <see cref="AppHostException"/> when the resource cannot start.</summary>
    Task RunAsync(CancellationToken cancellationToken);

    Task StopAsync();
}
