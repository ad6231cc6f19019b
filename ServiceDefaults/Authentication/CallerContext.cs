using System.Security.Claims;

namespace HoukatsuCare.ServiceDefaults.Authentication;

/// <summary>
/// Who is calling, read from the validated token: the tenant (municipality), the center for center staff,
/// profession, roles and scopes. A service decides what the caller may see from this alone.
/// </summary>
public sealed record CallerContext(
    string Subject,
    string MunicipalityCode,
    string? CenterId,
    string? Profession,
    IReadOnlySet<string> Roles,
    IReadOnlySet<string> Scopes)
{
    public bool IsInRole(string role) => Roles.Contains(role);

    public bool HasScope(string scope) => Scopes.Contains(scope);

    /// <summary>Core-center staff and the city division see their whole municipality; regional staff only their center.</summary>
    public bool SeesWholeMunicipality => IsInRole(HoukatsuRoles.Core) || IsInRole(HoukatsuRoles.City) || IsInRole(HoukatsuRoles.Admin);

    /// <summary>Whether a record of <paramref name="municipalityCode"/> / <paramref name="centerId"/> is visible to this caller.</summary>
    public bool CanSee(string municipalityCode, string? centerId) =>
        municipalityCode == MunicipalityCode && (SeesWholeMunicipality || (CenterId is not null && centerId == CenterId));

    /// <summary>The caller of a validated principal, or null when the token lacks the subject or the municipality.</summary>
    public static CallerContext? From(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirstValue(HoukatsuClaims.Subject);
        var municipality = principal.FindFirstValue(HoukatsuClaims.Municipality);
        if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(municipality))
        {
            return null;
        }

        var roles = principal.FindAll(HoukatsuClaims.Role)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        var scopes = principal.FindAll(HoukatsuClaims.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        return new CallerContext(
            subject,
            municipality,
            NullIfEmpty(principal.FindFirstValue(HoukatsuClaims.Center)),
            NullIfEmpty(principal.FindFirstValue(HoukatsuClaims.Profession)),
            roles,
            scopes);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
