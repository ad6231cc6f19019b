namespace HoukatsuCare.AppHost.Resources;

/// <summary>The Aspire-shaped verbs of Program.cs.</summary>
public static class ResourceBuilderExtensions
{
    public static ResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this ResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        server.Resource.Databases.Add(database);
        return server.Model.Add(database);
    }

    /// <summary>Injects the source's connection string (databases, brokers) or its endpoints (projects).</summary>
    public static ResourceBuilder<ProjectResource> WithReference<T>(this ResourceBuilder<ProjectResource> project, ResourceBuilder<T> source)
        where T : IResource
    {
        project.Resource.References.Add(source.Resource);
        return project;
    }

    /// <summary>Starts the project only once the source is healthy.</summary>
    public static ResourceBuilder<ProjectResource> WaitFor<T>(this ResourceBuilder<ProjectResource> project, ResourceBuilder<T> source)
        where T : IResource
    {
        project.Resource.WaitsFor.Add(source.Resource);
        return project;
    }

    public static ResourceBuilder<ProjectResource> WithHttpEndpoint(this ResourceBuilder<ProjectResource> project, int port, string host = "127.0.0.1")
    {
        project.Resource.Http = new EndpointSpec("http", port, host);
        return project;
    }

    public static ResourceBuilder<ProjectResource> WithGrpcEndpoint(this ResourceBuilder<ProjectResource> project, int port, string host = "127.0.0.1")
    {
        project.Resource.Grpc = new EndpointSpec("grpc", port, host);
        return project;
    }
}
