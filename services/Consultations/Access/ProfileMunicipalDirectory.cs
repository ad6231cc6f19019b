using HoukatsuCare.Consultations.Common;
using HoukatsuCare.ServiceDefaults.Municipalities;

namespace HoukatsuCare.Consultations.Access;

/// <summary>
/// The municipal directory read from the municipal profiles (profiles/*.json) in force today in Japan (a new
/// fiscal year starts at 00:00 JST on 1 April, whatever the server's time zone):
/// a municipality's areas, centers and closure reasons are its plan's, not this service's.
/// </summary>
public sealed class ProfileMunicipalDirectory(MunicipalProfiles profiles, TimeProvider clock) : IMunicipalDirectory
{
    public bool IsKnownArea(string municipalityCode, string areaId) =>
        InForce(municipalityCode)?.Areas.Any(a => a.Id == areaId) == true;

    public bool IsKnownCenter(string municipalityCode, string centerId) =>
        InForce(municipalityCode)?.Centers.Any(c => c.Id == centerId) == true;

    public bool ServesArea(string municipalityCode, string centerId, string areaId) =>
        InForce(municipalityCode)?.Centers.Any(c => c.Id == centerId && c.Areas.Contains(areaId)) == true;

    public IReadOnlyList<string> ClosureReasons(string municipalityCode) =>
        InForce(municipalityCode)?.ClosureReasons.Select(r => r.Label).ToList() ?? [];

    /// <summary>Today's profile; before a municipality's first profile year, its earliest profile.</summary>
    private MunicipalProfile? InForce(string municipalityCode) =>
        profiles.InForce(municipalityCode, JapanTime.Today(clock))
        ?? profiles.All.FirstOrDefault(p => p.MunicipalityCode == municipalityCode);
}
