using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Time;

namespace HoukatsuCare.ServiceDefaults.Municipalities;

/// <summary>
/// A municipality's centers and daily-life areas as its profile in force today in Japan states them (a new fiscal
/// year starts at 00:00 JST on 1 April, whatever the server's time zone): the municipality's plan, not a service's.
/// </summary>
public sealed class MunicipalDirectory(MunicipalProfiles profiles, TimeProvider clock)
{
    /// <summary>Today's profile; before a municipality's first profile year, its earliest profile.</summary>
    public MunicipalProfile? InForce(string municipalityCode) =>
        profiles.InForce(municipalityCode, JapanTime.Today(clock))
        ?? profiles.All.FirstOrDefault(p => p.MunicipalityCode == municipalityCode);

    /// <summary>The profile of a municipality for a fiscal year, if the city has given one.</summary>
    public MunicipalProfile? For(string municipalityCode, int fiscalYear) => profiles.Find(municipalityCode, fiscalYear);

    public bool IsKnownArea(string municipalityCode, string areaId) =>
        InForce(municipalityCode)?.Areas.Any(a => a.Id == areaId) == true;

    public bool IsKnownCenter(string municipalityCode, string centerId) =>
        InForce(municipalityCode)?.Centers.Any(c => c.Id == centerId) == true;

    /// <summary>Whether the profile puts <paramref name="areaId"/> among the areas <paramref name="centerId"/> serves (a core center serves none of its own).</summary>
    public bool ServesArea(string municipalityCode, string centerId, string areaId) =>
        InForce(municipalityCode)?.Centers.Any(c => c.Id == centerId && c.Areas.Contains(areaId)) == true;

    /// <summary>
    /// The center a caller asks about (<paramref name="centerId"/>, or their own when omitted), if it exists in
    /// their municipality and they may see it; null otherwise, which the caller answers with 404.
    /// </summary>
    public string? ResolveCenter(CallerContext caller, string? centerId)
    {
        var center = string.IsNullOrEmpty(centerId) ? caller.CenterId : centerId;
        return center is not null && caller.CanSee(caller.MunicipalityCode, center) && IsKnownCenter(caller.MunicipalityCode, center)
            ? center
            : null;
    }
}
