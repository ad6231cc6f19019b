using HoukatsuCare.ServiceDefaults.Authentication;

namespace HoukatsuCare.ServiceDefaults.Access;

/// <summary>
/// The one visibility rule of every service: callers see their own municipality only; the core center, the city
/// division and administrators see all of it; regional staff see their own center's records. Anything else is
/// answered as if it did not exist (404), so no existence leaks. <see cref="CallerContext.CanSee"/> is the same rule
/// for one record in memory.
/// </summary>
public static class Visibility
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> records, CallerContext caller) where T : class, ICenterOwned =>
        caller.SeesWholeMunicipality
            ? records.Where(r => r.MunicipalityCode == caller.MunicipalityCode)
            : records.Where(r => r.MunicipalityCode == caller.MunicipalityCode && r.CenterId == caller.CenterId);

    public static bool CanSee(this CallerContext caller, ICenterOwned record) => caller.CanSee(record.MunicipalityCode, record.CenterId);
}
