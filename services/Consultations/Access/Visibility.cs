using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Clients;
using HoukatsuCare.ServiceDefaults.Authentication;

namespace HoukatsuCare.Consultations.Access;

/// <summary>
/// The rows a caller may see: their municipality only; regional staff only their own center.
/// Everything else is answered as if it did not exist (404), so no existence leaks.
/// </summary>
public static class Visibility
{
    public static IQueryable<Client> VisibleTo(this IQueryable<Client> clients, CallerContext caller) =>
        caller.SeesWholeMunicipality
            ? clients.Where(c => c.MunicipalityCode == caller.MunicipalityCode)
            : clients.Where(c => c.MunicipalityCode == caller.MunicipalityCode && c.CenterId == caller.CenterId);

    public static IQueryable<ConsultationCase> VisibleTo(this IQueryable<ConsultationCase> cases, CallerContext caller) =>
        caller.SeesWholeMunicipality
            ? cases.Where(c => c.MunicipalityCode == caller.MunicipalityCode)
            : cases.Where(c => c.MunicipalityCode == caller.MunicipalityCode && c.CenterId == caller.CenterId);
}
