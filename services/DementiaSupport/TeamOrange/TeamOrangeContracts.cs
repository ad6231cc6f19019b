using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.DementiaSupport.TeamOrange;

/// <summary>チームオレンジの登録</summary>
public sealed record RegisterTeamRequest(
    [property: Description("チーム名")][Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string Name,
    [property: Description("活動拠点 (地区センター、カフェなど)")][StringLength(200, ErrorMessage = Messages.TooLong)] string? Base,
    [property: Description("結成日")][Required(ErrorMessage = Messages.Required)] DateOnly? FormedOn,
    [property: Description("センター (地域型センター職員は省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? CenterId,
    [property: Description("日常生活圏域 (センターの担当圏域が 1 つなら省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? DailyLifeAreaId,
    [property: Description("連携する生活支援コーディネーターの ID (生活支援体制整備サービスの ID)")][MaxLength(10, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<string>? LifeSupportCoordinatorIds);

/// <summary>チームオレンジの変更 (解散は disbandedOn)</summary>
public sealed record UpdateTeamRequest(
    [property: Description("チーム名")][Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string Name,
    [property: Description("活動拠点")][StringLength(200, ErrorMessage = Messages.TooLong)] string? Base,
    [property: Description("連携する生活支援コーディネーターの ID")][MaxLength(10, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<string>? LifeSupportCoordinatorIds,
    [property: Description("解散日 (活動中は null)")] DateOnly? DisbandedOn,
    [property: Description("取得時の version")][Required(ErrorMessage = Messages.Required)] uint? Version);

/// <summary>チームオレンジ</summary>
public sealed record TeamResponse(
    [property: Description("チーム ID")] Guid Id,
    [property: Description("センター")] string CenterId,
    [property: Description("日常生活圏域")] string DailyLifeAreaId,
    [property: Description("チーム名")] string Name,
    [property: Description("活動拠点")] string? Base,
    [property: Description("結成日")] DateOnly FormedOn,
    [property: Description("解散日")] DateOnly? DisbandedOn,
    [property: Description("連携する生活支援コーディネーターの ID")] IReadOnlyList<string> LifeSupportCoordinatorIds,
    [property: Description("在籍メンバー数")] int ActiveMembers,
    [property: Description("更新時に送り返す version")] uint Version)
{
    public static TeamResponse From(OrangeTeam t, int activeMembers) => new(
        t.Id, t.CenterId, t.DailyLifeAreaId, t.Name, t.Base, t.FormedOn, t.DisbandedOn, t.LifeSupportCoordinatorIds, activeMembers, t.Version);
}

/// <summary>メンバー (認知症サポーター) の加入</summary>
public sealed record AddMemberRequest(
    [property: Description("氏名")][Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string Name,
    [property: Description("役割: Leader (リーダー), Member (メンバー)")][Required(ErrorMessage = Messages.Required)] MemberRole? Role,
    [property: Description("サポーターになった養成講座の ID (分かれば)")] Guid? SupporterCourseId,
    [property: Description("加入日")][Required(ErrorMessage = Messages.Required)] DateOnly? JoinedOn);

/// <summary>メンバーの脱退</summary>
public sealed record MemberDepartureRequest(
    [property: Description("脱退日")][Required(ErrorMessage = Messages.Required)] DateOnly? LeftOn);

/// <summary>チームオレンジのメンバー</summary>
public sealed record MemberResponse(
    [property: Description("メンバー ID")] Guid Id,
    [property: Description("チーム ID")] Guid TeamId,
    [property: Description("氏名")] string Name,
    [property: Description("役割")] MemberRole Role,
    [property: Description("サポーターになった養成講座の ID")] Guid? SupporterCourseId,
    [property: Description("加入日")] DateOnly JoinedOn,
    [property: Description("脱退日")] DateOnly? LeftOn)
{
    public static MemberResponse From(TeamMember m) => new(m.Id, m.TeamId, m.Name, m.Role, m.SupporterCourseId, m.JoinedOn, m.LeftOn);
}

/// <summary>チームの支援活動の記録</summary>
public sealed record RecordActivityRequest(
    [property: Description("活動日")][Required(ErrorMessage = Messages.Required)] DateOnly? On,
    [property: Description("支援の内容: WatchOver (見守り・声かけ), Companionship (話し相手), OutingSupport (外出支援), ErrandSupport (買い物・家事), GatheringSupport (カフェ・集いの場の運営協力), Other")][Required(ErrorMessage = Messages.Required)] SupportKind? Kind,
    [property: Description("支援した人数 (本人・家族)")][Required(ErrorMessage = Messages.Required), Range(0, 500, ErrorMessage = Messages.Range)] int? PeopleSupported,
    [property: Description("参加したメンバー数")][Required(ErrorMessage = Messages.Required), Range(1, 200, ErrorMessage = Messages.Range)] int? MembersTakingPart);

/// <summary>チームの支援活動</summary>
public sealed record ActivityResponse(
    [property: Description("活動 ID")] Guid Id,
    [property: Description("チーム ID")] Guid TeamId,
    [property: Description("活動日")] DateOnly On,
    [property: Description("支援の内容")] SupportKind Kind,
    [property: Description("支援した人数")] int PeopleSupported,
    [property: Description("参加したメンバー数")] int MembersTakingPart)
{
    public static ActivityResponse From(TeamActivity a) => new(a.Id, a.TeamId, a.On, a.Kind, a.PeopleSupported, a.MembersTakingPart);
}
