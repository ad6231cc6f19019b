using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.DementiaSupport.Referrals;

/// <summary>認知症初期集中支援チームへの依頼</summary>
public sealed record ReferRequest(
    [property: Description("相談ケース ID (総合相談の既存ケース)")][Required(ErrorMessage = Messages.Required)] Guid? CaseId,
    [property: Description("依頼日 (省略時は今日)")] DateOnly? ReferredOn,
    [property: Description("紹介理由 (1 件以上)")][Required(ErrorMessage = Messages.Required), MinLength(1, ErrorMessage = Messages.NotEmpty), MaxLength(6, ErrorMessage = Messages.ListTooLong)] IReadOnlyList<ReferralReason> Reasons);

/// <summary>段階の移行 (受理・集中支援開始・終了)</summary>
public sealed record ReferralTransitionRequest(
    [property: Description("移行先: Accepted (受理), Intervening (集中支援開始), Closed (終了)")][Required(ErrorMessage = Messages.Required)] ReferralStage? To,
    [property: Description("移行日 (省略時は今日)")] DateOnly? On,
    [property: Description("終了時の結果 (終了のとき必須)")] ReferralOutcome? Outcome,
    [property: Description("取得時の version")][Required(ErrorMessage = Messages.Required)] uint? Version);

/// <summary>連携の記録 (認知症疾患医療センター・かかりつけ医など)</summary>
public sealed record RecordLiaisonRequest(
    [property: Description("連携先: DementiaMedicalCenter (認知症疾患医療センター), FamilyDoctor (かかりつけ医), SupportDoctor (認知症サポート医), CareManager (介護支援専門員), Other")][Required(ErrorMessage = Messages.Required)] LiaisonPartner? Partner,
    [property: Description("機関名")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Organization,
    [property: Description("目的: Diagnosis (受診・鑑別診断の調整), InformationSharing (情報共有), TreatmentAndCare (治療・ケア方針の相談), TeamMeeting (チーム員会議), Other")][Required(ErrorMessage = Messages.Required)] LiaisonPurpose? Purpose,
    [property: Description("連携した日")][Required(ErrorMessage = Messages.Required)] DateOnly? ContactedOn);

/// <summary>連携の記録</summary>
public sealed record LiaisonResponse(
    [property: Description("連携記録 ID")] Guid Id,
    [property: Description("連携先")] LiaisonPartner Partner,
    [property: Description("機関名")] string Organization,
    [property: Description("目的")] LiaisonPurpose Purpose,
    [property: Description("連携した日")] DateOnly ContactedOn)
{
    public static LiaisonResponse From(ReferralLiaison l) => new(l.Id, l.Partner, l.Organization, l.Purpose, l.ContactedOn);
}

/// <summary>認知症初期集中支援チームへの依頼</summary>
public sealed record ReferralResponse(
    [property: Description("依頼 ID")] Guid Id,
    [property: Description("相談ケース ID")] Guid CaseId,
    [property: Description("センター")] string CenterId,
    [property: Description("日常生活圏域")] string? DailyLifeAreaId,
    [property: Description("紹介理由")] IReadOnlyList<ReferralReason> Reasons,
    [property: Description("段階")] ReferralStage Stage,
    [property: Description("移行できる段階")] IReadOnlyList<ReferralStage> AllowedTransitions,
    [property: Description("依頼日")] DateOnly ReferredOn,
    [property: Description("受理日")] DateOnly? AcceptedOn,
    [property: Description("集中支援開始日")] DateOnly? InterventionStartedOn,
    [property: Description("終了日")] DateOnly? ClosedOn,
    [property: Description("終了時の結果")] ReferralOutcome? Outcome,
    [property: Description("所要日数")] ReferralDurations Durations,
    [property: Description("連携の記録 (日付順)")] IReadOnlyList<LiaisonResponse> Liaisons,
    [property: Description("更新時に送り返す version")] uint Version)
{
    public static ReferralResponse From(InitialSupportReferral r, IEnumerable<ReferralLiaison> liaisons, DateOnly today) => new(
        r.Id, r.CaseId, r.CenterId, r.DailyLifeAreaId, r.Reasons, r.Stage, ReferralLifecycle.AllowedFrom(r.Stage), r.ReferredOn,
        r.AcceptedOn, r.InterventionStartedOn, r.ClosedOn, r.Outcome, r.Durations(today),
        liaisons.OrderBy(l => l.ContactedOn).ThenBy(l => l.Id).Select(LiaisonResponse.From).ToList(), r.Version);
}
