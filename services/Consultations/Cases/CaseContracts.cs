using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.Consultations.Cases;

/// <summary>相談の受付</summary>
public sealed record OpenCaseRequest(
    [property: Description("利用者 ID")][Required(ErrorMessage = Messages.Required)] Guid? ClientId,
    [property: Description("受付日")][Required(ErrorMessage = Messages.Required)] DateOnly? OpenedOn,
    [property: Description("相談経路")][Required(ErrorMessage = Messages.Required)] ConsultationRoute? Route,
    [property: Description("相談者")][Required(ErrorMessage = Messages.Required)] Consulter? Consulter,
    [property: Description("相談内容 (カタログから 1 件以上)")][Required(ErrorMessage = Messages.Required), MinLength(1, ErrorMessage = Messages.NotEmpty), MaxLength(13, ErrorMessage = Messages.ListTooLong)] IReadOnlyList<ConsultationTopic> Topics,
    [property: Description("緊急度")][Required(ErrorMessage = Messages.Required)] Urgency? Urgency,
    [property: Description("主訴")][Required(ErrorMessage = Messages.Required), StringLength(2000, ErrorMessage = Messages.TooLong)] string Summary,
    [property: Description("担当職員 (sub)。省略時は未割当")][StringLength(200, ErrorMessage = Messages.TooLong)] string? AssigneeId,
    [property: Description("担当職員の職種")] Profession? AssigneeProfession);

/// <summary>担当者の割当</summary>
public sealed record AssignCaseRequest(
    [Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string AssigneeId,
    [Required(ErrorMessage = Messages.Required)] Profession? Profession,
    [Required(ErrorMessage = Messages.Required)] uint? Version);

/// <summary>段階の移行 (初期対応・初期段階で終結・継続支援・終結・再開)</summary>
public sealed record CaseTransitionRequest(
    [property: Description("移行先の段階")][Required(ErrorMessage = Messages.Required)] CaseStage? To,
    [property: Description("移行日 (省略時は今日)")] DateOnly? On,
    [property: Description("終結理由 (市町村の一覧から。終結のとき必須)")][StringLength(100, ErrorMessage = Messages.TooLong)] string? ClosureReason,
    [property: Description("情報提供・紹介した関係機関 (初期段階で終結のとき必須)")][StringLength(200, ErrorMessage = Messages.TooLong)] string? ReferredAgency,
    [Required(ErrorMessage = Messages.Required)] uint? Version);

public sealed record CaseResponse(
    Guid Id,
    Guid ClientId,
    string MunicipalityCode,
    string CenterId,
    string? DailyLifeAreaId,
    DateOnly OpenedOn,
    ConsultationRoute Route,
    Consulter Consulter,
    IReadOnlyList<ConsultationTopic> Topics,
    Urgency Urgency,
    string Summary,
    string? AssigneeId,
    Profession? AssigneeProfession,
    CaseStage Stage,
    IReadOnlyList<CaseStage> AllowedTransitions,
    DateTimeOffset? RespondedAt,
    DateTimeOffset LastContactAt,
    string? NextAction,
    DateOnly? NextActionDueOn,
    DateOnly? ClosedOn,
    string? ClosureReason,
    string? ReferredAgency,
    uint Version)
{
    public static CaseResponse From(ConsultationCase c) => new(
        c.Id, c.ClientId, c.MunicipalityCode, c.CenterId, c.DailyLifeAreaId, c.OpenedOn, c.Route, c.Consulter, c.Topics, c.Urgency,
        c.Summary, c.AssigneeId, c.AssigneeProfession, c.Stage, CaseLifecycle.AllowedFrom(c.Stage), c.RespondedAt, c.LastContactAt,
        c.NextAction, c.NextActionDueOn, c.ClosedOn, c.ClosureReason, c.ReferredAgency, c.Version);
}
