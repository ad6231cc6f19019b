using System.Runtime.InteropServices;
using HoukatsuCare.AppHost.Dashboard;
using HoukatsuCare.AppHost.Infrastructure;
using HoukatsuCare.AppHost.Processes;
using HoukatsuCare.AppHost.Resources;
using Microsoft.Extensions.Configuration;

namespace HoukatsuCare.AppHost.Hosting;

/// <summary>
/// Runs the model: builds the projects, brings every resource up once what it waits for is healthy, shows the
/// dashboard, and on Ctrl-C/SIGTERM (or a resource that cannot start) stops everything, dependents first.
/// </summary>
public sealed class DistributedApplicationHost(DistributedApplicationModel model, IConfiguration configuration, AppHostOptions options)
{
    public async Task<int> RunAsync()
    {
        using var shutdown = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; shutdown.Cancel(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; shutdown.Cancel(); });

        var resources = model.Resources;
        var dashboard = new ConsoleDashboard(resources);
        try
        {
            await LeftoverCleanup.RunAsync(options.StateFile, dashboard.Line);
        }
        catch (AppHostException e)
        {
            Console.Error.WriteLine(e.Message);
            return e.ExitCode;
        }
        var state = new StateFile(options.StateFile, resources);
        state.Write();
        var runners = resources.Select(CreateRunner).ToList();
        var exitCode = 0;
        try
        {
            var projects = resources.OfType<ProjectResource>().ToList();
            if (!options.NoBuild)
            {
                dashboard.Line($"building {projects.Count} projects (--no-build skips this)");
                await SolutionBuild.RunAsync(options, projects, shutdown.Token);
            }
            projects.ForEach(ProjectRunner.AssignPorts);
            dashboard.Line($"starting {resources.Count} resources; logs in {options.LogDir}");

            var running = runners.Select(r => StartAfterDependenciesAsync(r, shutdown.Token)).ToList();
            var failed = FirstFailureAsync(running);
            var healthy = Task.WhenAll(resources.Select(r => r.Status.FirstHealthy));
            var stopped = Task.Delay(Timeout.Infinite, shutdown.Token);
            var first = await Task.WhenAny(healthy, failed, stopped);
            if (first == healthy)
            {
                // cancelled instead when a resource gave up: its runner is about to report why
                if (healthy.IsCompletedSuccessfully)
                {
                    state.SecondsToHealthy = Math.Round(dashboard.Elapsed.TotalSeconds, 1);
                    state.Phase = "running";
                    state.Write();
                    dashboard.Line($"all {resources.Count} resources healthy in {state.SecondsToHealthy}s — Ctrl-C stops everything");
                    dashboard.PrintTable();
                }
                first = await Task.WhenAny(failed, stopped);
            }
            if (first == failed)
            {
                await failed;
            }
        }
        catch (AppHostException e)
        {
            Console.Error.WriteLine(e.Message);
            exitCode = e.ExitCode;
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Ctrl-C or SIGTERM while building or starting
        }
        finally
        {
            await shutdown.CancelAsync();
            state.Phase = "stopping";
            dashboard.Line("stopping…");
            await StopAllAsync(runners);
            state.Phase = "stopped";
            state.Write();
            dashboard.Line("stopped; no process left running");
        }
        return exitCode;
    }

    private IResourceRunner CreateRunner(IResource resource) => resource switch
    {
        PostgresServerResource postgres => new PostgresRunner(postgres, options, configuration),
        PostgresDatabaseResource database => new DatabaseRunner(database, options.DatabasePrefix),
        RabbitMQServerResource rabbit => new RabbitMqRunner(rabbit, options, configuration),
        ProjectResource project => new ProjectRunner(project, options),
        _ => throw new NotSupportedException(resource.GetType().Name),
    };

    private static async Task StartAfterDependenciesAsync(IResourceRunner runner, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(runner.WaitsFor.Select(w => w.Status.FirstHealthy)).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // a dependency failed (it reports why) or the run is stopping: this one never starts
            runner.Resource.Status.Abandon();
            return;
        }
        await runner.RunAsync(cancellationToken);
    }

    /// <summary>Completes with the first runner that throws; never completes while all run.</summary>
    private static async Task FirstFailureAsync(List<Task> running)
    {
        var pending = running.ToList();
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending);
            if (done.IsFaulted)
            {
                await done;
            }
            pending.Remove(done);
        }
        await Task.Delay(Timeout.Infinite);
    }

    /// <summary>Dependents before what they depend on: the gateway, then the services, then databases and servers.</summary>
    private static async Task StopAllAsync(List<IResourceRunner> runners)
    {
        foreach (var level in runners.GroupBy(r => Depth(r.Resource)).OrderByDescending(g => g.Key))
        {
            await Task.WhenAll(level.Select(r => r.StopAsync()));
        }
    }

    private static int Depth(IResource resource) => resource switch
    {
        ProjectResource p => 1 + p.WaitsFor.Select(Depth).DefaultIfEmpty(0).Max(),
        PostgresDatabaseResource => 1,
        _ => 0,
    };
}
