namespace HoukatsuCare.Consultations.Access;

/// <summary>
/// What Consultations needs from a municipality's profile: its daily-life areas, its centers and
/// the closure reasons (終結理由) its centers may record.
/// </summary>
public interface IMunicipalDirectory
{
    bool IsKnownArea(string municipalityCode, string areaId);

    bool IsKnownCenter(string municipalityCode, string centerId);

    /// <summary>Whether the profile puts <paramref name="areaId"/> among the areas <paramref name="centerId"/> serves (a core center serves none of its own).</summary>
    bool ServesArea(string municipalityCode, string centerId, string areaId);

    IReadOnlyList<string> ClosureReasons(string municipalityCode);
}
