namespace HoukatsuCare.ServiceDefaults.OpenApi;

/// <summary>
/// What a service publishes: its public prefix (kept by the service itself, so the gateway forwards it unchanged),
/// discovery name, Japanese title and description. The API root and the OpenAPI document's info are made from it.
/// </summary>
public sealed record ServiceApi(string Prefix, string Name, string Title, string Description);

/// <summary>A tag of the service's operations with the description partners read in the reference.</summary>
public sealed record ApiTag(string Name, string Description);
