using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Data;

namespace HoukatsuCare.Consultations.Cases;

/// <summary>
/// 相談ケース: one consultation about one client, from 受付 to 終結. The municipality, center and area are the
/// client's at opening, so access and figures follow the center that handles the case.
/// </summary>
public sealed class ConsultationCase : IVersioned, ICenterOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MunicipalityCode { get; init; }

    public required string CenterId { get; init; }

    public string? DailyLifeAreaId { get; init; }

    public Guid ClientId { get; init; }

    public DateOnly OpenedOn { get; init; }

    public ConsultationRoute Route { get; init; }

    public Consulter Consulter { get; init; }

    public IReadOnlyList<ConsultationTopic> Topics { get; set; } = [];

    public Urgency Urgency { get; set; }

    /// <summary>主訴 (what the consultation is about).</summary>
    public required string Summary { get; set; }

    /// <summary>The staff member's <c>sub</c>; null while unassigned.</summary>
    public string? AssigneeId { get; private set; }

    public Profession? AssigneeProfession { get; private set; }

    public CaseStage Stage { get; private set; } = CaseStage.Received;

    /// <summary>When the center first acted (initial response or first note); null = not yet responded.</summary>
    public DateTimeOffset? RespondedAt { get; private set; }

    /// <summary>The latest contact (opening or note), for "no note for N days".</summary>
    public DateTimeOffset LastContactAt { get; private set; }

    /// <summary>The next action of the latest note and its due date, for the worklist.</summary>
    public string? NextAction { get; private set; }

    public DateOnly? NextActionDueOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosureReason { get; private set; }

    /// <summary>The agency the client was referred to when closed at the initial stage.</summary>
    public string? ReferredAgency { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>PostgreSQL xmin.</summary>
    public uint Version { get; private set; }

    public bool IsOpen => CaseLifecycle.IsOpen(Stage);

    public void Opened(DateTimeOffset at) => LastContactAt = at;

    public void Assign(string assigneeId, Profession profession)
    {
        AssigneeId = assigneeId;
        AssigneeProfession = profession;
    }

    /// <summary>A note was recorded (or corrected): keeps the response, last contact and next action current.</summary>
    public void RecordContact(DateTimeOffset contactedAt, string? nextAction, DateOnly? nextActionDueOn, DateTimeOffset now)
    {
        RespondedAt ??= now;
        if (contactedAt >= LastContactAt)
        {
            LastContactAt = contactedAt;
            NextAction = nextAction;
            NextActionDueOn = nextActionDueOn;
        }
    }

    /// <summary>
    /// Moves the case along its lifecycle, or says why it cannot: an illegal step, or a missing plan,
    /// agency or closure reason. <paramref name="closureReasons"/> is the municipality's list.
    /// </summary>
    public TransitionResult MoveTo(CaseStage target, TransitionDetails details, bool hasSupportPlan, IReadOnlyList<string> closureReasons, DateTimeOffset now)
    {
        var allowed = CaseLifecycle.AllowedFrom(Stage);
        if (!allowed.Contains(target))
        {
            return TransitionResult.Illegal(Stage, target, allowed);
        }

        switch (target)
        {
            case CaseStage.ContinuingSupport when !hasSupportPlan:
                return TransitionResult.NeedsPlan();
            case CaseStage.ClosedAtInitialStage when string.IsNullOrWhiteSpace(details.ReferredAgency):
                return TransitionResult.Invalid("referredAgency", "初期段階で終結するときは、情報提供・紹介した関係機関を入力してください。");
            case CaseStage.Closed when string.IsNullOrWhiteSpace(details.ClosureReason) || !closureReasons.Contains(details.ClosureReason):
                return TransitionResult.Invalid("closureReason", $"終結理由は次から選んでください: {string.Join("、", closureReasons)}");
        }

        var from = Stage;
        Stage = target;
        switch (target)
        {
            case CaseStage.InitialResponse when from == CaseStage.Received:
                RespondedAt ??= now;
                break;
            case CaseStage.InitialResponse:
                ClosedOn = null;
                ClosureReason = null;
                ReferredAgency = null;
                break;
            case CaseStage.ClosedAtInitialStage:
                ClosedOn = details.On;
                ClosureReason = CaseLifecycle.InitialStageClosureReason;
                ReferredAgency = details.ReferredAgency!.Trim();
                break;
            case CaseStage.Closed:
                ClosedOn = details.On;
                ClosureReason = details.ClosureReason;
                break;
        }
        return TransitionResult.Moved(from);
    }
}

/// <summary>What a transition may need: the day it happens, the closure reason (終結) or the referred agency (初期段階で終結).</summary>
public sealed record TransitionDetails(DateOnly On, string? ClosureReason, string? ReferredAgency);

public enum TransitionOutcome { Moved, Illegal, PlanRequired, Invalid }

public sealed record TransitionResult(TransitionOutcome Outcome, CaseStage? From, IReadOnlyList<CaseStage> Allowed, string? Field, string? Message)
{
    public static TransitionResult Moved(CaseStage from) => new(TransitionOutcome.Moved, from, [], null, null);

    public static TransitionResult Illegal(CaseStage from, CaseStage to, IReadOnlyList<CaseStage> allowed) =>
        new(TransitionOutcome.Illegal, from, allowed, "to", $"{from} から {to} へは移れません。");

    public static TransitionResult NeedsPlan() =>
        new(TransitionOutcome.PlanRequired, null, [], "supportPlan", "継続支援に移るには、先に個別支援計画を作成してください。");

    public static TransitionResult Invalid(string field, string message) => new(TransitionOutcome.Invalid, null, [], field, message);
}
