extern alias consultations;
extern alias meetings;
extern alias volunteerpoints;
extern alias dementiasupport;
extern alias lifesupport;
extern alias identity;

using HoukatsuCare.Contracts;
using HoukatsuCare.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HoukatsuCare.Platform.Tests;

/// <summary>Each of the six service hosts, started in-process with the settings the AppHost would give it.</summary>
public static class Services
{
    public static TheoryData<string> Names => [.. ServiceNames.Services];

    public static WebApplicationFactory<T> Create<T>(IReadOnlyDictionary<string, string?> settings) where T : class =>
        new ServiceFactory<T>(settings);

    public static IDisposable Start(string service, IReadOnlyDictionary<string, string?> settings, out HttpClient client)
    {
        switch (service)
        {
            case ServiceNames.Consultations: return Started(Create<consultations::Program>(settings), out client);
            case ServiceNames.Meetings: return Started(Create<meetings::Program>(settings), out client);
            case ServiceNames.VolunteerPoints: return Started(Create<volunteerpoints::Program>(settings), out client);
            case ServiceNames.DementiaSupport: return Started(Create<dementiasupport::Program>(settings), out client);
            case ServiceNames.LifeSupport: return Started(Create<lifesupport::Program>(settings), out client);
            case ServiceNames.Identity: return Started(Create<identity::Program>(settings), out client);
            default: throw new ArgumentOutOfRangeException(nameof(service), service, "unknown service");
        }
    }

    private static IDisposable Started<T>(WebApplicationFactory<T> factory, out HttpClient client) where T : class
    {
        client = factory.CreateClient();
        return factory;
    }
}
