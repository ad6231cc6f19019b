using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.DementiaSupport.FamilySupport;

/// <summary>家族介護教室・家族が集える場の開催記録</summary>
public sealed record RecordFamilyProgramRequest(
    [property: Description("種類: CaregiverClass (家族介護教室), FamilyGathering (家族が集える場)")][Required(ErrorMessage = Messages.Required)] FamilyProgramKind? Kind,
    [property: Description("開催日")][Required(ErrorMessage = Messages.Required)] DateOnly? HeldOn,
    [property: Description("テーマ")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Theme,
    [property: Description("会場")][StringLength(200, ErrorMessage = Messages.TooLong)] string? Venue,
    [property: Description("共催・協力団体 (家族の会など)")][StringLength(200, ErrorMessage = Messages.TooLong)] string? PartnerOrganization,
    [property: Description("参加者数")][Required(ErrorMessage = Messages.Required), Range(0, 1000, ErrorMessage = Messages.Range)] int? Participants,
    [property: Description("若年性認知症の本人・家族に向けた回")] bool? EarlyOnset,
    [property: Description("センター (地域型センター職員は省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? CenterId,
    [property: Description("日常生活圏域 (センターの担当圏域が 1 つなら省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? DailyLifeAreaId);

/// <summary>家族介護教室・家族が集える場</summary>
public sealed record FamilyProgramResponse(
    [property: Description("ID")] Guid Id,
    [property: Description("種類")] FamilyProgramKind Kind,
    [property: Description("センター")] string CenterId,
    [property: Description("日常生活圏域")] string DailyLifeAreaId,
    [property: Description("開催日")] DateOnly HeldOn,
    [property: Description("テーマ")] string Theme,
    [property: Description("会場")] string? Venue,
    [property: Description("共催・協力団体")] string? PartnerOrganization,
    [property: Description("参加者数")] int Participants,
    [property: Description("若年性認知症の本人・家族に向けた回")] bool EarlyOnset)
{
    public static FamilyProgramResponse From(FamilyProgram p) => new(
        p.Id, p.Kind, p.CenterId, p.DailyLifeAreaId, p.HeldOn, p.Theme, p.Venue, p.PartnerOrganization, p.Participants, p.EarlyOnset);
}

/// <summary>認知症地域支援推進員の相談の記録 (件数のための記録で、氏名・内容は記録しません)</summary>
public sealed record RecordPromoterConsultationRequest(
    [property: Description("相談日")][Required(ErrorMessage = Messages.Required)] DateOnly? ConsultedOn,
    [property: Description("相談者: Self (本人), Family (家族), Resident (地域住民・民生委員), Professional (専門職・関係機関), Other")][Required(ErrorMessage = Messages.Required)] PromoterConsulter? Consulter,
    [property: Description("方法: Office (来所), Visit (訪問), Phone (電話), Other")][Required(ErrorMessage = Messages.Required)] ConsultationMethod? Method,
    [property: Description("相談内容 (1 件以上)")][Required(ErrorMessage = Messages.Required), MinLength(1, ErrorMessage = Messages.NotEmpty), MaxLength(7, ErrorMessage = Messages.ListTooLong)] IReadOnlyList<PromoterTopic> Topics,
    [property: Description("若年性認知症に関する相談")] bool? EarlyOnset,
    [property: Description("センター (地域型センター職員は省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? CenterId,
    [property: Description("日常生活圏域 (センターの担当圏域が 1 つなら省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? DailyLifeAreaId);

/// <summary>認知症地域支援推進員の相談</summary>
public sealed record PromoterConsultationResponse(
    [property: Description("ID")] Guid Id,
    [property: Description("センター")] string CenterId,
    [property: Description("日常生活圏域")] string DailyLifeAreaId,
    [property: Description("相談日")] DateOnly ConsultedOn,
    [property: Description("相談者")] PromoterConsulter Consulter,
    [property: Description("方法")] ConsultationMethod Method,
    [property: Description("相談内容")] IReadOnlyList<PromoterTopic> Topics,
    [property: Description("若年性認知症に関する相談")] bool EarlyOnset,
    [property: Description("対応した推進員 (sub)")] string PromoterId)
{
    public static PromoterConsultationResponse From(PromoterConsultation c) => new(
        c.Id, c.CenterId, c.DailyLifeAreaId, c.ConsultedOn, c.Consulter, c.Method, c.Topics, c.EarlyOnset, c.PromoterId);
}
