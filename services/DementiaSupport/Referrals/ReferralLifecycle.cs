using System.ComponentModel;

namespace HoukatsuCare.DementiaSupport.Referrals;

/// <summary>
/// 依頼 → 受理 → 集中支援 → 終了. The team may end a referral at any step before the last (対象外・同意が得られない…),
/// so Referred and Accepted may also close; nothing leaves Closed.
/// </summary>
public static class ReferralLifecycle
{
    public static IReadOnlyList<ReferralStage> AllowedFrom(ReferralStage stage) => stage switch
    {
        ReferralStage.Referred => [ReferralStage.Accepted, ReferralStage.Closed],
        ReferralStage.Accepted => [ReferralStage.Intervening, ReferralStage.Closed],
        ReferralStage.Intervening => [ReferralStage.Closed],
        _ => [],
    };
}

public enum ReferralMoveOutcome { Moved, Illegal, Invalid }

public sealed record ReferralMove(ReferralMoveOutcome Outcome, IReadOnlyList<ReferralStage> Allowed, string? Field, string? Message)
{
    public static readonly ReferralMove Moved = new(ReferralMoveOutcome.Moved, [], null, null);

    public static ReferralMove Illegal(ReferralStage from, ReferralStage to, IReadOnlyList<ReferralStage> allowed) =>
        new(ReferralMoveOutcome.Illegal, allowed, "to", $"{from} から {to} へは移れません。");

    public static ReferralMove Invalid(string field, string message) => new(ReferralMoveOutcome.Invalid, [], field, message);
}

/// <summary>所要日数: days between the steps a referral went through; null for a step not (yet) taken.</summary>
public sealed record ReferralDurations(
    [property: Description("依頼から受理まで (日)")] int? ReferredToAccepted,
    [property: Description("受理から集中支援開始まで (日)")] int? AcceptedToIntervening,
    [property: Description("集中支援開始から終了まで (日)")] int? InterveningToClosed,
    [property: Description("依頼から終了まで (日)")] int? ReferredToClosed,
    [property: Description("依頼からの経過日数 (終了していなければ今日まで)")] int DaysOpen)
{
    public static ReferralDurations Of(InitialSupportReferral r, DateOnly today) => new(
        Days(r.ReferredOn, r.AcceptedOn),
        Days(r.AcceptedOn, r.InterventionStartedOn),
        Days(r.InterventionStartedOn, r.ClosedOn),
        Days(r.ReferredOn, r.ClosedOn),
        (r.ClosedOn ?? today).DayNumber - r.ReferredOn.DayNumber);

    private static int? Days(DateOnly? from, DateOnly? until) =>
        from is { } a && until is { } b ? b.DayNumber - a.DayNumber : null;
}
