using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Data;

namespace HoukatsuCare.Consultations.Clients;

/// <summary>
/// 利用者台帳: one older person a center supports. Belongs to a municipality and a center (and a daily-life area);
/// never deleted, only deactivated (死亡, 転出…). <see cref="SearchText"/> and <see cref="KanaKey"/> are the folded
/// forms searches and duplicate checks use; they follow every rename.
/// </summary>
public sealed class Client : IVersioned, ICenterOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MunicipalityCode { get; init; }

    public required string CenterId { get; set; }

    public required string DailyLifeAreaId { get; set; }

    public string Name { get; private set; } = "";

    public string NameKana { get; private set; } = "";

    /// <summary>Folded kanji name and kana, space-separated: what partial search matches against (pg_trgm).</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Folded kana alone: with the birth date, the duplicate-warning key.</summary>
    public string KanaKey { get; private set; } = "";

    public DateOnly BirthDate { get; set; }

    public Sex Sex { get; set; }

    public required string Address { get; set; }

    public string? Phone { get; set; }

    /// <summary>被保険者番号 (10 digits).</summary>
    public string? InsuredNumber { get; set; }

    public CareLevel CareLevel { get; set; }

    public HouseholdType HouseholdType { get; set; }

    public IReadOnlyList<EmergencyContact> EmergencyContacts { get; set; } = [];

    public IReadOnlyList<RelatedPerson> RelatedPeople { get; set; } = [];

    public IReadOnlyList<Consent> Consents { get; set; } = [];

    /// <summary>本人・家族の意向</summary>
    public string? Intentions { get; set; }

    /// <summary>現在の課題</summary>
    public string? CurrentIssues { get; set; }

    public ClientStatus Status { get; private set; } = ClientStatus.Active;

    public DateOnly? DeactivatedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL xmin: changes on every write, so a stale update is refused.</summary>
    public uint Version { get; private set; }

    public bool IsActive => Status == ClientStatus.Active;

    public void SetNames(string name, string nameKana)
    {
        Name = name.Trim();
        NameKana = nameKana.Trim();
        KanaKey = KanaFolding.Fold(NameKana);
        SearchText = $"{KanaFolding.Fold(Name)} {KanaKey}";
    }

    /// <summary>Ends the ledger entry (死亡, 転出, 施設入所…); the record and its history stay.</summary>
    public void Deactivate(ClientStatus reason, DateOnly on)
    {
        if (reason == ClientStatus.Active)
        {
            throw new ArgumentException("A deactivation needs a reason other than Active.", nameof(reason));
        }
        Status = reason;
        DeactivatedOn = on;
    }

    public int AgeOn(DateOnly day) => Age(BirthDate, day);

    public static int Age(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }
}
