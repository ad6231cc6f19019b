using HoukatsuCare.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace HoukatsuCare.DementiaSupport.Access;

public static class AccessPolicies
{
    /// <summary>Center staff, the core center and the city division: the people who run the dementia programmes.</summary>
    public const string CenterWork = "dementia-support-center-work";

    /// <summary>gRPC figures: center work roles, or a partner/service client (the Reports service) granted <c>dementia-support.read</c>.</summary>
    public const string Queries = "dementia-support-queries";

    public const string ReadScope = "dementia-support.read";

    private static readonly string[] WorkRoles = [HoukatsuRoles.Staff, HoukatsuRoles.Chief, HoukatsuRoles.Core, HoukatsuRoles.City, HoukatsuRoles.Admin];

    public static AuthorizationBuilder AddDementiaSupportPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(CenterWork, policy => policy
            .RequireClaim(HoukatsuClaims.Subject)
            .RequireClaim(HoukatsuClaims.Municipality)
            .RequireRole(WorkRoles))
        .AddPolicy(Queries, policy => policy
            .RequireClaim(HoukatsuClaims.Subject)
            .RequireClaim(HoukatsuClaims.Municipality)
            .RequireAssertion(context => CallerContext.From(context.User) is { } caller
                && (WorkRoles.Any(caller.IsInRole) || caller.HasScope(ReadScope))));
}
