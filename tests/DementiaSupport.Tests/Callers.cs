using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.TestSupport;

namespace HoukatsuCare.DementiaSupport.Tests;

/// <summary>Who the tests act as: staff of two Kodaira centers, the core center, the city, Iruma, the Reports service, a partner without the scope.</summary>
public static class Callers
{
    public static readonly TestCaller Center1Staff = new("staff-k1", "132110", "kodaira-center-1", HoukatsuRoles.Staff);
    public static readonly TestCaller Center2Staff = new("staff-k2", "132110", "kodaira-center-2", HoukatsuRoles.Staff);
    public static readonly TestCaller CoreStaff = new("core-k", "132110", "kodaira-core", HoukatsuRoles.Core);
    public static readonly TestCaller CityOfficer = new("city-k", "132110", null, HoukatsuRoles.City, null);
    public static readonly TestCaller IrumaStaff = new("staff-i1", "112097", "iruma-toyooka", HoukatsuRoles.Staff);
    public static readonly TestCaller ReportsService = new("reports", "132110", null, HoukatsuRoles.Partner, null, "dementia-support.read");
    public static readonly TestCaller UnscopedPartner = new("vendor", "132110", null, HoukatsuRoles.Partner, null, "volunteer-points.read");
}
