using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Municipalities;
using HoukatsuCare.ServiceDefaults.Time;

namespace HoukatsuCare.DementiaSupport.Common;

/// <summary>What a list or a figure counts: one center (and the areas it serves) or the whole municipality (every area).</summary>
public sealed record Scope(string MunicipalityCode, string? CenterId, IReadOnlyList<string> Areas)
{
    public IQueryable<T> Apply<T>(IQueryable<T> records) where T : class, ICenterOwned =>
        CenterId is null
            ? records.Where(r => r.MunicipalityCode == MunicipalityCode)
            : records.Where(r => r.MunicipalityCode == MunicipalityCode && r.CenterId == CenterId);
}

/// <summary>Scopes by the municipal profile of the fiscal year asked about (else the one in force).</summary>
public sealed class Scopes(MunicipalProfiles profiles, MunicipalDirectory directory)
{
    /// <summary>
    /// What an HTTP caller asks about: a center they may see (regional staff: their own, also when omitted), or the
    /// whole municipality when the core center, the city or an administrator omits it. Null → 404.
    /// </summary>
    public Scope? For(CallerContext caller, string? centerId, int fiscalYear)
    {
        if (string.IsNullOrEmpty(centerId) && caller.SeesWholeMunicipality)
        {
            return Whole(caller.MunicipalityCode, fiscalYear);
        }
        return directory.ResolveCenter(caller, centerId) is { } center ? OfCenter(caller.MunicipalityCode, center, fiscalYear) : null;
    }

    /// <summary>
    /// Figures are not personal data: a caller of the municipality (the Reports service) may ask for any of its centers or
    /// for the whole municipality (<paramref name="centerId"/> empty). Null → not found.
    /// </summary>
    public Scope? ForFigures(string municipalityCode, string? centerId, int fiscalYear) =>
        string.IsNullOrEmpty(centerId) ? Whole(municipalityCode, fiscalYear)
        : directory.IsKnownCenter(municipalityCode, centerId) ? OfCenter(municipalityCode, centerId, fiscalYear)
        : null;

    private Scope? Whole(string municipalityCode, int fiscalYear) =>
        Profile(municipalityCode, fiscalYear) is { } profile ? new Scope(municipalityCode, null, profile.Areas.Select(a => a.Id).ToList()) : null;

    private Scope OfCenter(string municipalityCode, string centerId, int fiscalYear) =>
        new(municipalityCode, centerId, Profile(municipalityCode, fiscalYear)?.Centers.FirstOrDefault(c => c.Id == centerId)?.Areas ?? []);

    /// <summary>The plan of that fiscal year, else the latest earlier one, else the one in force today.</summary>
    public MunicipalProfile? Profile(string municipalityCode, int fiscalYear) =>
        profiles.InForce(municipalityCode, FiscalYear.Start(fiscalYear)) ?? directory.InForce(municipalityCode);
}
