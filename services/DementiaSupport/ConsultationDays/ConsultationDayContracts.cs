using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.DementiaSupport.ConsultationDays;

/// <summary>認知症相談会の予定 (開催済みなら結果も)</summary>
public sealed record PlanConsultationDayRequest(
    [property: Description("開催日 (来年度末まで。未来の日付は予定)")][Required(ErrorMessage = Messages.Required)] DateOnly? HeldOn,
    [property: Description("センター (地域型センター職員は省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? CenterId,
    [property: Description("日常生活圏域 (センターの担当圏域が 1 つなら省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? DailyLifeAreaId,
    [property: Description("会場")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Venue,
    [property: Description("協力する専門職・機関 (認知症サポート医など)")][StringLength(500, ErrorMessage = Messages.TooLong)] string? Partners,
    [property: Description("相談者数 (開催済みの記録のとき)")][Range(0, 1000, ErrorMessage = Messages.Range)] int? Consultations,
    [property: Description("医療機関・初期集中支援チーム等につないだ件数 (開催済みの記録のとき)")][Range(0, 1000, ErrorMessage = Messages.Range)] int? ReferredOnward);

/// <summary>認知症相談会の結果</summary>
public sealed record ConsultationDayResultRequest(
    [property: Description("相談者数")][Required(ErrorMessage = Messages.Required), Range(0, 1000, ErrorMessage = Messages.Range)] int? Consultations,
    [property: Description("医療機関・初期集中支援チーム等につないだ件数")][Range(0, 1000, ErrorMessage = Messages.Range)] int? ReferredOnward,
    [property: Description("取得時の version")][Required(ErrorMessage = Messages.Required)] uint? Version);

/// <summary>認知症相談会の中止</summary>
public sealed record CancelConsultationDayRequest(
    [property: Description("取得時の version")][Required(ErrorMessage = Messages.Required)] uint? Version);

/// <summary>認知症相談会</summary>
public sealed record ConsultationDayResponse(
    [property: Description("相談会 ID")] Guid Id,
    [property: Description("センター")] string CenterId,
    [property: Description("日常生活圏域")] string DailyLifeAreaId,
    [property: Description("開催日")] DateOnly HeldOn,
    [property: Description("年度")] int FiscalYear,
    [property: Description("会場")] string Venue,
    [property: Description("協力する専門職・機関")] string? Partners,
    [property: Description("状態: Scheduled (予定), Held (実施済み), Cancelled (中止)")] ConsultationDayStatus Status,
    [property: Description("相談者数")] int? Consultations,
    [property: Description("つないだ件数")] int? ReferredOnward,
    [property: Description("更新時に送り返す version")] uint Version)
{
    public static ConsultationDayResponse From(ConsultationDay d) => new(
        d.Id, d.CenterId, d.DailyLifeAreaId, d.HeldOn, ServiceDefaults.Time.FiscalYear.Of(d.HeldOn), d.Venue, d.Partners, d.Status,
        d.Consultations, d.ReferredOnward, d.Version);
}
