using Microsoft.AspNetCore.Builder;

namespace HoukatsuCare.ServiceDefaults.Hosting;

public static class HostRunExtensions
{
    /// <summary>
    /// Builds and runs the host; a misconfiguration an operator can fix (bad profile, unreachable database)
    /// ends the process with one line on stderr and exit code 78 (EX_CONFIG), not a stack trace.
    /// </summary>
    public static async Task<int> RunServiceAsync(Func<WebApplication> build)
    {
        try
        {
            var app = build();
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (Find(e) is { } startup)
        {
            await Console.Error.WriteLineAsync($"起動できません: {startup.Message}");
            return 78;
        }
        catch (Exception e)
        {
            // the host's own "failed to start" log is silenced (see AddServiceDefaults), so say it here
            await Console.Error.WriteLineAsync(e.ToString());
            return 1;
        }
    }

    private static StartupException? Find(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is StartupException s)
            {
                return s;
            }
            if (x is AggregateException { InnerExceptions.Count: 1 } agg && agg.InnerExceptions[0] is StartupException inner)
            {
                return inner;
            }
        }
        return null;
    }
}
