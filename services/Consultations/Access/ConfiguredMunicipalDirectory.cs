using Microsoft.Extensions.Options;

namespace HoukatsuCare.Consultations.Access;

/// <summary>One municipality as configured under <c>Municipalities:{code}</c>.</summary>
public sealed class MunicipalityOptions
{
    public string Name { get; set; } = "";

    public List<string> Areas { get; set; } = [];

    public List<string> Centers { get; set; } = [];

    public List<string> ClosureReasons { get; set; } = [];
}

/// <summary>The municipal directory read from configuration (section <c>Municipalities</c>, keyed by local-government code).</summary>
public sealed class ConfiguredMunicipalDirectory(IOptionsMonitor<Dictionary<string, MunicipalityOptions>> options) : IMunicipalDirectory
{
    public const string SectionName = "Municipalities";

    public bool IsKnownArea(string municipalityCode, string areaId) =>
        Find(municipalityCode)?.Areas.Contains(areaId, StringComparer.Ordinal) == true;

    public bool IsKnownCenter(string municipalityCode, string centerId) =>
        Find(municipalityCode)?.Centers.Contains(centerId, StringComparer.Ordinal) == true;

    public IReadOnlyList<string> ClosureReasons(string municipalityCode) => Find(municipalityCode)?.ClosureReasons ?? [];

    private MunicipalityOptions? Find(string municipalityCode) =>
        options.CurrentValue.TryGetValue(municipalityCode, out var municipality) ? municipality : null;
}
