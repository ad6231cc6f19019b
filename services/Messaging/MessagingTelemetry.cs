using System.Diagnostics;

namespace HoukatsuCare.Messaging;

/// <summary>Names of this library's telemetry; both match ServiceDefaults' <c>HoukatsuCare.*</c> sources.</summary>
public static class MessagingTelemetry
{
    public const string Name = "HoukatsuCare.Messaging";

    internal static readonly ActivitySource ActivitySource = new(Name);
}
