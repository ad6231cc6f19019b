using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HoukatsuCare.Messaging.External;

/// <summary>
/// Declares the external exchange and subscriber queues at start, so a subscriber's queue collects events from the
/// first one on; retries in the background while the broker is away.
/// </summary>
internal sealed partial class ExternalTopologyProvisioner(ExternalFeedPublisher feed, ILogger<ExternalTopologyProvisioner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await feed.DeclareTopologyAsync(stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogNotYet(logger, e.Message);
                await Task.Delay(wait, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "External feed topology not declared yet ({Reason}); retrying")]
    private static partial void LogNotYet(ILogger logger, string reason);
}
