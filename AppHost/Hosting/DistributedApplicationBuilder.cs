using HoukatsuCare.AppHost.Resources;
using Microsoft.Extensions.Configuration;

namespace HoukatsuCare.AppHost.Hosting;

/// <summary>The Aspire-shaped entry point: <c>DistributedApplication.CreateBuilder(args)</c>.</summary>
public static class DistributedApplication
{
    public static DistributedApplicationBuilder CreateBuilder(string[] args)
    {
        var (noBuild, stateFile, rest) = AppHostOptions.ParseFlags(args);
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(rest)
            .Build();
        return new DistributedApplicationBuilder(configuration, noBuild, stateFile);
    }
}

public sealed class DistributedApplicationBuilder(IConfiguration configuration, bool noBuild, string? stateFile)
{
    public IConfiguration Configuration { get; } = configuration;

    public DistributedApplicationModel Model { get; } = new();

    public ResourceBuilder<PostgresServerResource> AddPostgres(string name) => Model.Add(new PostgresServerResource(name));

    public ResourceBuilder<RabbitMQServerResource> AddRabbitMQ(string name) => Model.Add(new RabbitMQServerResource(name));

    /// <param name="projectPath">The .csproj, relative to the repository root.</param>
    public ResourceBuilder<ProjectResource> AddProject(string name, string projectPath) =>
        Model.Add(new ProjectResource(name, projectPath));

    public DistributedApplicationHost Build()
    {
        try
        {
            return new DistributedApplicationHost(Model, Configuration, AppHostOptions.From(Configuration, noBuild, stateFile));
        }
        catch (AppHostException e)
        {
            Console.Error.WriteLine(e.Message);
            Environment.Exit(e.ExitCode);
            throw;
        }
    }
}
