using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.Consultations.Plans;

/// <summary>個別支援計画の作成・改訂 (改訂時は version が必要)</summary>
public sealed record SavePlanRequest(
    [property: Description("目標")][Required(ErrorMessage = Messages.Required), MinLength(1, ErrorMessage = Messages.NotEmpty), MaxLength(20, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<string> Goals,
    [property: Description("支援内容 (担当と期限)")][Required(ErrorMessage = Messages.Required), MinLength(1, ErrorMessage = Messages.NotEmpty), MaxLength(50, ErrorMessage = Messages.ListTooLong), ItemsRequired] IReadOnlyList<PlanActionDto> Actions,
    [property: Description("次回評価日")][Required(ErrorMessage = Messages.Required)] DateOnly? ReviewOn,
    [property: Description("改訂するときは取得時の version")] uint? Version);

public sealed record PlanActionDto(
    [Required(ErrorMessage = Messages.Required), StringLength(500, ErrorMessage = Messages.TooLong)] string Description,
    [property: Description("担当 (職員・機関)")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Owner,
    [property: Description("期限")][Required(ErrorMessage = Messages.Required)] DateOnly? DueOn,
    [property: Description("完了日")] DateOnly? DoneOn);

/// <summary>評価 (モニタリング結果) の記録</summary>
public sealed record ReviewPlanRequest(
    [property: Description("評価日")][Required(ErrorMessage = Messages.Required)] DateOnly? ReviewedOn,
    [property: Description("評価結果")][Required(ErrorMessage = Messages.Required), StringLength(4000, ErrorMessage = Messages.TooLong)] string Outcome,
    [property: Description("次回評価日")][Required(ErrorMessage = Messages.Required)] DateOnly? NextReviewOn,
    [Required(ErrorMessage = Messages.Required)] uint? Version);

public sealed record PlanResponse(
    Guid Id,
    Guid CaseId,
    IReadOnlyList<string> Goals,
    IReadOnlyList<PlanAction> Actions,
    DateOnly ReviewOn,
    DateOnly? LastReviewedOn,
    string? ReviewOutcome,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    uint Version)
{
    public static PlanResponse From(SupportPlan p) =>
        new(p.Id, p.CaseId, p.Goals, p.Actions, p.ReviewOn, p.LastReviewedOn, p.ReviewOutcome, p.UpdatedBy, p.UpdatedAt, p.Version);
}
