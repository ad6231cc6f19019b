namespace HoukatsuCare.Consultations.Access;

/// <summary>
/// What Consultations needs from a municipality's profile: its daily-life areas, its centers and
/// the closure reasons (終結理由) its centers may record.
/// </summary>
public interface IMunicipalDirectory
{
    bool IsKnownArea(string municipalityCode, string areaId);

    bool IsKnownCenter(string municipalityCode, string centerId);

    IReadOnlyList<string> ClosureReasons(string municipalityCode);
}
