using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.DementiaSupport.Cafes;

/// <summary>認知症カフェの登録</summary>
public sealed record RegisterCafeRequest(
    [property: Description("カフェの名称")][Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string Name,
    [property: Description("運営主体")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Operator,
    [property: Description("会場")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Venue,
    [property: Description("開催日程 (例: 毎月第2水曜 14:00〜16:00)")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Schedule,
    [property: Description("連携団体 (家族の会など)")][MaxLength(20, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<PartnerName>? PartnerOrganizations,
    [property: Description("開設日")][Required(ErrorMessage = Messages.Required)] DateOnly? StartedOn,
    [property: Description("センター (地域型センター職員は省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? CenterId,
    [property: Description("日常生活圏域 (センターの担当圏域が 1 つなら省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? DailyLifeAreaId);

/// <summary>連携団体の名称</summary>
public sealed record PartnerName(
    [property: Description("団体名")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Name);

/// <summary>認知症カフェの登録内容の変更 (閉所は closedOn)</summary>
public sealed record UpdateCafeRequest(
    [property: Description("カフェの名称")][Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string Name,
    [property: Description("運営主体")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Operator,
    [property: Description("会場")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Venue,
    [property: Description("開催日程")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Schedule,
    [property: Description("連携団体")][MaxLength(20, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<PartnerName>? PartnerOrganizations,
    [property: Description("閉所日 (運営中は null)")] DateOnly? ClosedOn,
    [property: Description("取得時の version")][Required(ErrorMessage = Messages.Required)] uint? Version);

/// <summary>認知症カフェ</summary>
public sealed record CafeResponse(
    [property: Description("カフェ ID")] Guid Id,
    [property: Description("センター")] string CenterId,
    [property: Description("日常生活圏域")] string DailyLifeAreaId,
    [property: Description("名称")] string Name,
    [property: Description("運営主体")] string Operator,
    [property: Description("会場")] string Venue,
    [property: Description("開催日程")] string Schedule,
    [property: Description("連携団体")] IReadOnlyList<string> PartnerOrganizations,
    [property: Description("開設日")] DateOnly StartedOn,
    [property: Description("閉所日")] DateOnly? ClosedOn,
    [property: Description("更新時に送り返す version")] uint Version)
{
    public static CafeResponse From(DementiaCafe c) => new(
        c.Id, c.CenterId, c.DailyLifeAreaId, c.Name, c.Operator, c.Venue, c.Schedule, c.PartnerOrganizations, c.StartedOn, c.ClosedOn, c.Version);
}

/// <summary>区分ごとの参加者数 (性別)</summary>
public sealed record AttendanceInput(
    [property: Description("区分: PersonWithDementia (本人), Family (家族), Resident (地域住民), Professional (専門職)")][Required(ErrorMessage = Messages.Required)] AttendeeKind? Kind,
    [property: Description("男性")][Required(ErrorMessage = Messages.Required), Range(0, 500, ErrorMessage = Messages.Range)] int? Male,
    [property: Description("女性")][Required(ErrorMessage = Messages.Required), Range(0, 500, ErrorMessage = Messages.Range)] int? Female,
    [property: Description("性別未回答")][Range(0, 500, ErrorMessage = Messages.Range)] int? Unspecified);

/// <summary>手伝ったボランティア (VolunteerPoints のボランティア ID)</summary>
public sealed record HelperInput(
    [property: Description("ボランティア ID (介護予防ボランティアポイントの登録 ID)")][Required(ErrorMessage = Messages.Required)] Guid? VolunteerId,
    [property: Description("活動時間 (時間、0.25 単位)")][Required(ErrorMessage = Messages.Required), Range(0.25, 12.0, ErrorMessage = Messages.Range)] decimal? Hours);

/// <summary>認知症カフェの開催記録</summary>
public sealed record RecordCafeSessionRequest(
    [property: Description("開催日")][Required(ErrorMessage = Messages.Required)] DateOnly? HeldOn,
    [property: Description("内容 (ミニ講話、音楽、相談など)")][StringLength(500, ErrorMessage = Messages.TooLong)] string? Program,
    [property: Description("参加者数 (区分ごとに 1 行、性別の内訳)")][Required(ErrorMessage = Messages.Required), MinLength(1, ErrorMessage = Messages.NotEmpty), MaxLength(4, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<AttendanceInput> Attendance,
    [property: Description("手伝ったボランティア (ポイント付与の対象)")][MaxLength(50, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<HelperInput>? Helpers);

/// <summary>区分ごとの参加者数</summary>
public sealed record AttendanceResponse(
    [property: Description("区分")] AttendeeKind Kind,
    [property: Description("男性")] int Male,
    [property: Description("女性")] int Female,
    [property: Description("性別未回答")] int Unspecified,
    [property: Description("計")] int Total);

/// <summary>手伝ったボランティア</summary>
public sealed record HelperResponse(
    [property: Description("活動 ID (ポイント付与の重複防止キー)")] Guid ActivityId,
    [property: Description("ボランティア ID")] Guid VolunteerId,
    [property: Description("活動時間")] decimal Hours);

/// <summary>認知症カフェの開催</summary>
public sealed record CafeSessionResponse(
    [property: Description("開催 ID")] Guid Id,
    [property: Description("カフェ ID")] Guid CafeId,
    [property: Description("センター")] string CenterId,
    [property: Description("日常生活圏域")] string DailyLifeAreaId,
    [property: Description("開催日")] DateOnly HeldOn,
    [property: Description("内容")] string? Program,
    [property: Description("参加者数 (区分・性別)")] IReadOnlyList<AttendanceResponse> Attendance,
    [property: Description("参加者の合計")] int AttendanceTotal,
    [property: Description("手伝ったボランティア")] IReadOnlyList<HelperResponse> Helpers)
{
    public static CafeSessionResponse From(CafeSession s) => new(
        s.Id, s.CafeId, s.CenterId, s.DailyLifeAreaId, s.HeldOn, s.Program,
        s.Attendance.Select(a => new AttendanceResponse(a.Kind, a.Male, a.Female, a.Unspecified, a.Total())).ToList(),
        s.AttendanceTotal,
        s.Helpers.Select(h => new HelperResponse(h.ActivityId, h.VolunteerId, h.Hours)).ToList());
}
