namespace HoukatsuCare.Contracts;

/// <summary>
/// The names of ARCHITECTURE.md §3, identical in the AppHost, configuration, service discovery and docs.
/// </summary>
public static class ServiceNames
{
    public const string Consultations = "consultations";
    public const string Meetings = "meetings";
    public const string VolunteerPoints = "volunteer-points";
    public const string DementiaSupport = "dementia-support";
    public const string LifeSupport = "life-support";
    public const string Identity = "identity";
    public const string Gateway = "gateway";
    public const string Messaging = "messaging";

    /// <summary>The database each service owns, named as its connection string.</summary>
    public static string Database(string service) => service.Replace("-", "", StringComparison.Ordinal) + "db";

    /// <summary>
    /// The protobuf package prefix of a service's own gRPC contracts, e.g. <c>houkatsu.volunteerpoints</c>
    /// (a .proto declares <c>package houkatsu.volunteerpoints.v1;</c>); the gateway routes gRPC calls by it.
    /// </summary>
    public static string GrpcPackage(string service) => "houkatsu." + service.Replace("-", "", StringComparison.Ordinal);

    public static readonly IReadOnlyList<string> Services =
        [Consultations, Meetings, VolunteerPoints, DementiaSupport, LifeSupport, Identity];
}
