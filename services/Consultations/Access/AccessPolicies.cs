using HoukatsuCare.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace HoukatsuCare.Consultations.Access;

public static class AccessPolicies
{
    /// <summary>Center staff, the core center and the city division: the people who work with clients' records.</summary>
    public const string CenterWork = "consultations-center-work";

    /// <summary>The city division only (audit log).</summary>
    public const string City = "consultations-city";

    public static AuthorizationBuilder AddConsultationsPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(CenterWork, policy => policy
            .RequireClaim(HoukatsuClaims.Subject)
            .RequireClaim(HoukatsuClaims.Municipality)
            .RequireRole(HoukatsuRoles.Staff, HoukatsuRoles.Chief, HoukatsuRoles.Core, HoukatsuRoles.City, HoukatsuRoles.Admin))
        .AddPolicy(City, policy => policy
            .RequireClaim(HoukatsuClaims.Subject)
            .RequireClaim(HoukatsuClaims.Municipality)
            .RequireRole(HoukatsuRoles.City));
}
