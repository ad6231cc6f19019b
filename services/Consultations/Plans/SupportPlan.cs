using HoukatsuCare.ServiceDefaults.Data;

namespace HoukatsuCare.Consultations.Plans;

/// <summary>支援内容: what will be done, by whom, by when; done once completed.</summary>
public sealed record PlanAction(string Description, string Owner, DateOnly DueOn, DateOnly? DoneOn);

/// <summary>
/// 個別支援計画: the plan continuing support works to — goals, actions with owner and due date, and the next review.
/// One plan per case, revised in place (optimistic concurrency); each review records its outcome.
/// </summary>
public sealed class SupportPlan : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public IReadOnlyList<string> Goals { get; set; } = [];

    public IReadOnlyList<PlanAction> Actions { get; set; } = [];

    /// <summary>次回評価日</summary>
    public DateOnly ReviewOn { get; set; }

    public DateOnly? LastReviewedOn { get; private set; }

    /// <summary>評価結果</summary>
    public string? ReviewOutcome { get; private set; }

    public required string UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; private set; }

    /// <summary>Records a review (評価) and when the next one is due.</summary>
    public void Review(DateOnly reviewedOn, string outcome, DateOnly nextReviewOn)
    {
        LastReviewedOn = reviewedOn;
        ReviewOutcome = outcome;
        ReviewOn = nextReviewOn;
    }
}
