using HoukatsuCare.AppHost.Hosting;
using HoukatsuCare.AppHost.Processes;
using HoukatsuCare.AppHost.Resources;

namespace HoukatsuCare.AppHost.Tests;

/// <summary>Each process gets exactly the keys Aspire would inject, so a service never knows who started it.</summary>
public sealed class InjectedConfigurationTests
{
    private static AppHostOptions Options(string? otlp = null) =>
        new("/repo", "/repo/AppHost/.data", NoBuild: true, "/tmp/state.json", "Debug", "", otlp, "Development");

    [Fact]
    public void A_service_gets_its_database_the_broker_its_name_and_its_two_endpoints()
    {
        var model = new DistributedApplicationModel();
        var postgres = model.Add(new PostgresServerResource("postgres"));
        postgres.Resource.ConnectionString = "Host=127.0.0.1;Port=5432;Username=postgres;Password=pw";
        var database = postgres.AddDatabase("meetingsdb");
        var messaging = model.Add(new RabbitMQServerResource("messaging") { ConnectionString = "amqp://guest:guest@127.0.0.1:5672/" });
        var meetings = model.Add(new ProjectResource("meetings", "services/Meetings/Meetings.csproj"))
            .WithReference(database).WithReference(messaging).WaitFor(database).WaitFor(messaging);
        meetings.Resource.HttpPort = 41000;
        meetings.Resource.GrpcPort = 41001;

        var environment = new ProjectRunner(meetings.Resource, Options()).Environment();

        Assert.Equal(new Dictionary<string, string?>
        {
            ["ConnectionStrings__meetingsdb"] = "Host=127.0.0.1;Port=5432;Username=postgres;Password=pw;Database=meetingsdb",
            ["ConnectionStrings__messaging"] = "amqp://guest:guest@127.0.0.1:5672/",
            ["OTEL_SERVICE_NAME"] = "meetings",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:41000",
            ["Kestrel__Endpoints__http__Url"] = "http://127.0.0.1:41000",
            ["Kestrel__Endpoints__grpc__Url"] = "http://127.0.0.1:41001",
            ["Kestrel__Endpoints__grpc__Protocols"] = "Http2",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        }, environment);
    }

    [Fact]
    public void A_project_referencing_projects_gets_their_http_and_grpc_endpoints_by_discovery_name()
    {
        var model = new DistributedApplicationModel();
        var meetings = model.Add(new ProjectResource("meetings", "m.csproj"));
        meetings.Resource.HttpPort = 41000;
        meetings.Resource.GrpcPort = 41001;
        var gateway = model.Add(new ProjectResource("gateway", "g.csproj"))
            .WithHttpEndpoint(5080, "0.0.0.0").WithGrpcEndpoint(5081, "0.0.0.0").WithReference(meetings);
        ProjectRunner.AssignPorts(gateway.Resource);

        var environment = new ProjectRunner(gateway.Resource, Options("http://collector:4317")).Environment();

        Assert.Equal("http://127.0.0.1:41000", environment["services__meetings__http__0"]);
        Assert.Equal("http://127.0.0.1:41001", environment["services__meetings__grpc__0"]);
        Assert.Equal("http://0.0.0.0:5080", environment["Kestrel__Endpoints__http__Url"]);
        Assert.Equal("http://0.0.0.0:5081", environment["Kestrel__Endpoints__grpc__Url"]);
        Assert.Equal("http://collector:4317", environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
    }

    [Fact]
    public void The_database_prefix_changes_the_database_name_but_not_the_connection_string_name()
    {
        var server = new PostgresServerResource("postgres") { ConnectionString = "Host=h;Username=u;Password=p" };
        var database = new PostgresDatabaseResource("meetingsdb", "meetingsdb", server) { DatabaseName = "e2e_meetingsdb" };

        Assert.Equal("meetingsdb", database.Name);
        Assert.Contains("Database=e2e_meetingsdb", database.ConnectionString);
    }

    [Fact]
    public void Own_flags_are_taken_out_and_the_rest_is_configuration()
    {
        var (noBuild, stateFile, remaining) = AppHostOptions.ParseFlags(["--no-build", "--state-file", "/tmp/s.json", "--Gateway:HttpPort=8080"]);

        Assert.True(noBuild);
        Assert.Equal("/tmp/s.json", stateFile);
        Assert.Equal(["--Gateway:HttpPort=8080"], remaining);
    }
}
