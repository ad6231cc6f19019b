using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.Consultations.Clients;

/// <summary>利用者の登録内容</summary>
public sealed record CreateClientRequest(
    [property: Description("氏名 (漢字)")][Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string Name,
    [property: Description("氏名 (カナ)")][Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string NameKana,
    [property: Description("生年月日")][Required(ErrorMessage = Messages.Required)] DateOnly? BirthDate,
    [property: Description("性別")][Required(ErrorMessage = Messages.Required)] Sex? Sex,
    [property: Description("住所")][Required(ErrorMessage = Messages.Required), StringLength(300, ErrorMessage = Messages.TooLong)] string Address,
    [property: Description("日常生活圏域 (市町村プロファイルの ID)")][Required(ErrorMessage = Messages.Required), StringLength(64, ErrorMessage = Messages.TooLong)] string DailyLifeAreaId,
    [property: Description("担当センター。地域型センター職員は省略可 (自センター)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? CenterId,
    [property: Description("電話番号")][StringLength(30, ErrorMessage = Messages.TooLong)] string? Phone,
    [property: Description("被保険者番号 (半角数字 10 桁)")][RegularExpression("^[0-9]{10}$", ErrorMessage = Messages.InsuredNumber)] string? InsuredNumber,
    [property: Description("要介護度等")][Required(ErrorMessage = Messages.Required)] CareLevel? CareLevel,
    [property: Description("世帯類型")][Required(ErrorMessage = Messages.Required)] HouseholdType? HouseholdType,
    [property: Description("緊急連絡先")][MaxLength(10, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<EmergencyContactDto>? EmergencyContacts,
    [property: Description("関係者 (家族・民生委員・ケアマネ等)")][MaxLength(30, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<RelatedPersonDto>? RelatedPeople,
    [property: Description("情報共有への同意 (相手先と同意日)")][MaxLength(30, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<ConsentDto>? Consents,
    [property: Description("本人・家族の意向")][StringLength(4000, ErrorMessage = Messages.TooLong)] string? Intentions,
    [property: Description("現在の課題")][StringLength(4000, ErrorMessage = Messages.TooLong)] string? CurrentIssues,
    [property: Description("同じ読み・生年月日の利用者がいても登録する (重複警告の確認済み)")] bool ConfirmDuplicate = false) : IClientFields;

/// <summary>利用者の更新内容 (version は取得時の値)</summary>
public sealed record UpdateClientRequest(
    [Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string Name,
    [Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string NameKana,
    [Required(ErrorMessage = Messages.Required)] DateOnly? BirthDate,
    [Required(ErrorMessage = Messages.Required)] Sex? Sex,
    [Required(ErrorMessage = Messages.Required), StringLength(300, ErrorMessage = Messages.TooLong)] string Address,
    [Required(ErrorMessage = Messages.Required), StringLength(64, ErrorMessage = Messages.TooLong)] string DailyLifeAreaId,
    [StringLength(64, ErrorMessage = Messages.TooLong)] string? CenterId,
    [StringLength(30, ErrorMessage = Messages.TooLong)] string? Phone,
    [RegularExpression("^[0-9]{10}$", ErrorMessage = Messages.InsuredNumber)] string? InsuredNumber,
    [Required(ErrorMessage = Messages.Required)] CareLevel? CareLevel,
    [Required(ErrorMessage = Messages.Required)] HouseholdType? HouseholdType,
    [MaxLength(10, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<EmergencyContactDto>? EmergencyContacts,
    [MaxLength(30, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<RelatedPersonDto>? RelatedPeople,
    [MaxLength(30, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<ConsentDto>? Consents,
    [StringLength(4000, ErrorMessage = Messages.TooLong)] string? Intentions,
    [StringLength(4000, ErrorMessage = Messages.TooLong)] string? CurrentIssues,
    [property: Description("取得時の version (楽観的排他制御)")][Required(ErrorMessage = Messages.Required)] uint? Version) : IClientFields;

/// <summary>The fields a create and an update both carry.</summary>
public interface IClientFields
{
    string Name { get; }
    string NameKana { get; }
    DateOnly? BirthDate { get; }
    Sex? Sex { get; }
    string Address { get; }
    string DailyLifeAreaId { get; }
    string? CenterId { get; }
    string? Phone { get; }
    string? InsuredNumber { get; }
    CareLevel? CareLevel { get; }
    HouseholdType? HouseholdType { get; }
    IReadOnlyList<EmergencyContactDto>? EmergencyContacts { get; }
    IReadOnlyList<RelatedPersonDto>? RelatedPeople { get; }
    IReadOnlyList<ConsentDto>? Consents { get; }
    string? Intentions { get; }
    string? CurrentIssues { get; }
}

public sealed record EmergencyContactDto(
    [Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string Name,
    [Required(ErrorMessage = Messages.Required), StringLength(50, ErrorMessage = Messages.TooLong)] string Relationship,
    [Required(ErrorMessage = Messages.Required), StringLength(30, ErrorMessage = Messages.TooLong)] string Phone);

public sealed record RelatedPersonDto(
    [Required(ErrorMessage = Messages.Required)] RelationKind? Kind,
    [Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string Name,
    [StringLength(200, ErrorMessage = Messages.TooLong)] string? Organization,
    [StringLength(30, ErrorMessage = Messages.TooLong)] string? Phone);

public sealed record ConsentDto(
    [property: Description("共有先 (例: 居宅介護支援事業所〇〇)")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Party,
    [property: Description("同意日")][Required(ErrorMessage = Messages.Required)] DateOnly? GivenOn,
    [property: Description("撤回日")] DateOnly? WithdrawnOn);

/// <summary>台帳の終了 (死亡・転出・施設入所等)。削除はしない。</summary>
public sealed record DeactivateClientRequest(
    [property: Description("終了理由")][Required(ErrorMessage = Messages.Required)] ClientStatus? Reason,
    [property: Description("終了日")][Required(ErrorMessage = Messages.Required)] DateOnly? On,
    [Required(ErrorMessage = Messages.Required)] uint? Version);

public sealed record ClientResponse(
    Guid Id,
    string MunicipalityCode,
    string CenterId,
    string DailyLifeAreaId,
    string Name,
    string NameKana,
    DateOnly BirthDate,
    int Age,
    Sex Sex,
    string Address,
    string? Phone,
    string? InsuredNumber,
    CareLevel CareLevel,
    HouseholdType HouseholdType,
    IReadOnlyList<EmergencyContact> EmergencyContacts,
    IReadOnlyList<RelatedPerson> RelatedPeople,
    IReadOnlyList<Consent> Consents,
    string? Intentions,
    string? CurrentIssues,
    ClientStatus Status,
    DateOnly? DeactivatedOn,
    uint Version)
{
    public static ClientResponse From(Client c, DateOnly today) => new(
        c.Id, c.MunicipalityCode, c.CenterId, c.DailyLifeAreaId, c.Name, c.NameKana, c.BirthDate, c.AgeOn(today), c.Sex,
        c.Address, c.Phone, c.InsuredNumber, c.CareLevel, c.HouseholdType, c.EmergencyContacts, c.RelatedPeople, c.Consents,
        c.Intentions, c.CurrentIssues, c.Status, c.DeactivatedOn, c.Version);
}

/// <summary>検索結果の 1 行</summary>
public sealed record ClientListItem(
    Guid Id,
    string CenterId,
    string DailyLifeAreaId,
    string Name,
    string NameKana,
    DateOnly BirthDate,
    string? InsuredNumber,
    CareLevel CareLevel,
    HouseholdType HouseholdType,
    ClientStatus Status);
