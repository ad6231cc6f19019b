namespace HoukatsuCare.ServiceDefaults.Access;

/// <summary>
/// A record that belongs to a municipality (its local-government code) and, where it has one, a center: clients,
/// cases, meetings, volunteers, referrals… Who may see it follows from these two alone (<see cref="Visibility"/>).
/// </summary>
public interface ICenterOwned
{
    string MunicipalityCode { get; }

    /// <summary>The center the record belongs to; null for a record of the municipality as a whole.</summary>
    string? CenterId { get; }
}
