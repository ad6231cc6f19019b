using HoukatsuCare.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace HoukatsuCare.Consultations.Access;

public static class AccessPolicies
{
    /// <summary>Center staff, the core center and the city division: the people who work with clients' records.</summary>
    public const string CenterWork = "consultations-center-work";

    /// <summary>The city division only (audit log).</summary>
    public const string City = "consultations-city";

    /// <summary>gRPC queries: center work roles, or a partner/service client granted <c>consultations.read</c>.</summary>
    public const string Queries = "consultations-queries";

    public const string ReadScope = "consultations.read";

    private static readonly string[] WorkRoles = [HoukatsuRoles.Staff, HoukatsuRoles.Chief, HoukatsuRoles.Core, HoukatsuRoles.City, HoukatsuRoles.Admin];

    public static AuthorizationBuilder AddConsultationsPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(CenterWork, policy => policy
            .RequireClaim(HoukatsuClaims.Subject)
            .RequireClaim(HoukatsuClaims.Municipality)
            .RequireRole(WorkRoles))
        .AddPolicy(City, policy => policy
            .RequireClaim(HoukatsuClaims.Subject)
            .RequireClaim(HoukatsuClaims.Municipality)
            .RequireRole(HoukatsuRoles.City))
        .AddPolicy(Queries, policy => policy
            .RequireClaim(HoukatsuClaims.Subject)
            .RequireClaim(HoukatsuClaims.Municipality)
            .RequireAssertion(context => CallerContext.From(context.User) is { } caller
                && (WorkRoles.Any(caller.IsInRole) || caller.HasScope(ReadScope))));
}
