using HoukatsuCare.AppHost.Hosting;
using HoukatsuCare.AppHost.Resources;
using HoukatsuCare.Contracts;
using Microsoft.Extensions.Configuration;

// Aspire-shaped: swapping to Aspire.Hosting later changes the usings, not this page.
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres");
var consultationsDb = postgres.AddDatabase(ServiceNames.Database(ServiceNames.Consultations));
var meetingsDb = postgres.AddDatabase(ServiceNames.Database(ServiceNames.Meetings));
var volunteerPointsDb = postgres.AddDatabase(ServiceNames.Database(ServiceNames.VolunteerPoints));
var dementiaSupportDb = postgres.AddDatabase(ServiceNames.Database(ServiceNames.DementiaSupport));
var lifeSupportDb = postgres.AddDatabase(ServiceNames.Database(ServiceNames.LifeSupport));
var identityDb = postgres.AddDatabase(ServiceNames.Database(ServiceNames.Identity));

var messaging = builder.AddRabbitMQ(ServiceNames.Messaging);

var identity = builder.AddProject(ServiceNames.Identity, "services/Identity/Identity.csproj")
    .WithReference(identityDb).WithReference(messaging)
    .WaitFor(identityDb).WaitFor(messaging);

var consultations = builder.AddProject(ServiceNames.Consultations, "services/Consultations/Consultations.csproj")
    .WithReference(consultationsDb).WithReference(messaging)
    .WaitFor(consultationsDb).WaitFor(messaging);

var meetings = builder.AddProject(ServiceNames.Meetings, "services/Meetings/Meetings.csproj")
    .WithReference(meetingsDb).WithReference(messaging)
    .WaitFor(meetingsDb).WaitFor(messaging);

var volunteerPoints = builder.AddProject(ServiceNames.VolunteerPoints, "services/VolunteerPoints/VolunteerPoints.csproj")
    .WithReference(volunteerPointsDb).WithReference(messaging)
    .WaitFor(volunteerPointsDb).WaitFor(messaging);

var dementiaSupport = builder.AddProject(ServiceNames.DementiaSupport, "services/DementiaSupport/DementiaSupport.csproj")
    .WithReference(dementiaSupportDb).WithReference(messaging)
    .WithReference(consultations) // referrals check the consultation case over gRPC
    .WaitFor(dementiaSupportDb).WaitFor(messaging);

var lifeSupport = builder.AddProject(ServiceNames.LifeSupport, "services/LifeSupport/LifeSupport.csproj")
    .WithReference(lifeSupportDb).WithReference(messaging)
    .WaitFor(lifeSupportDb).WaitFor(messaging);

var gatewayHost = builder.Configuration["Gateway:Host"] ?? "127.0.0.1";
builder.AddProject(ServiceNames.Gateway, "gateway/Gateway/Gateway.csproj")
    .WithHttpEndpoint(builder.Configuration.GetValue("Gateway:HttpPort", 5080), gatewayHost)
    .WithGrpcEndpoint(builder.Configuration.GetValue("Gateway:GrpcPort", 5081), gatewayHost)
    .WithReference(consultations).WithReference(meetings).WithReference(volunteerPoints)
    .WithReference(dementiaSupport).WithReference(lifeSupport).WithReference(identity)
    .WaitFor(consultations).WaitFor(meetings).WaitFor(volunteerPoints)
    .WaitFor(dementiaSupport).WaitFor(lifeSupport).WaitFor(identity);

return await builder.Build().RunAsync();
