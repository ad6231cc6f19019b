using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Data;

namespace HoukatsuCare.DementiaSupport.Referrals;

/// <summary>Why the center asks the team to step in (紹介理由).</summary>
public enum ReferralReason
{
    /// <summary>医療・介護サービスにつながっていない.</summary>
    NotConnectedToCare,

    /// <summary>医療・介護サービスが中断している.</summary>
    CareInterrupted,

    /// <summary>行動・心理症状が強く対応に苦慮している.</summary>
    BehavioralAndPsychologicalSymptoms,

    /// <summary>家族の介護負担が大きい.</summary>
    FamilyBurden,

    /// <summary>ひとり暮らしで支援者がいない.</summary>
    LivingAloneWithoutSupport,

    /// <summary>その他.</summary>
    Other,
}

/// <summary>How far the referral has come.</summary>
public enum ReferralStage
{
    /// <summary>依頼済み.</summary>
    Referred,

    /// <summary>チームが受理.</summary>
    Accepted,

    /// <summary>集中支援 (訪問・支援) 中.</summary>
    Intervening,

    /// <summary>終了.</summary>
    Closed,
}

/// <summary>What the team's support led to (終了時の結果).</summary>
public enum ReferralOutcome
{
    /// <summary>医療 (受診・診断) につながった.</summary>
    ConnectedToMedicalCare,

    /// <summary>介護サービスにつながった.</summary>
    ConnectedToCareServices,

    /// <summary>医療と介護の両方につながった.</summary>
    ConnectedToBoth,

    /// <summary>センターの継続支援へ引き継いだ.</summary>
    ContinuedByCenter,

    /// <summary>入院・入所した.</summary>
    HospitalizedOrAdmitted,

    /// <summary>チームの対象外だった.</summary>
    NotEligible,

    /// <summary>本人・家族の同意が得られなかった.</summary>
    Declined,

    /// <summary>転居・死亡.</summary>
    MovedOrDied,

    /// <summary>その他.</summary>
    Other,
}

/// <summary>
/// A referral of a consultation case to the 認知症初期集中支援チーム (小平市 事業計画 6, 入間市 運営方針 Ⅴ6(1)): referred →
/// accepted → intervening → closed with an outcome, each step dated so the time to each is known. The person stays in
/// Consultations; this record holds the case id, the center and the area only.
/// </summary>
public sealed class InitialSupportReferral : ICenterOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MunicipalityCode { get; init; }

    /// <summary>The center handling the case (from Consultations at the time of referral).</summary>
    public required string CenterId { get; init; }

    public string? DailyLifeAreaId { get; init; }

    /// <summary>The consultation case in Consultations.</summary>
    public Guid CaseId { get; init; }

    public IReadOnlyList<ReferralReason> Reasons { get; init; } = [];

    public DateOnly ReferredOn { get; init; }

    public ReferralStage Stage { get; private set; } = ReferralStage.Referred;

    public DateOnly? AcceptedOn { get; private set; }

    public DateOnly? InterventionStartedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public ReferralOutcome? Outcome { get; private set; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>PostgreSQL xmin.</summary>
    public uint Version { get; private set; }

    /// <summary>The day of the latest step: a later step cannot come before it.</summary>
    public DateOnly LatestStepOn => ClosedOn ?? InterventionStartedOn ?? AcceptedOn ?? ReferredOn;

    /// <summary>Moves along the lifecycle, or says which field is wrong; see <see cref="ReferralLifecycle"/>.</summary>
    public ReferralMove MoveTo(ReferralStage target, DateOnly on, ReferralOutcome? outcome, DateOnly today)
    {
        var allowed = ReferralLifecycle.AllowedFrom(Stage);
        if (!allowed.Contains(target))
        {
            return ReferralMove.Illegal(Stage, target, allowed);
        }
        if (on < LatestStepOn || on > today)
        {
            return ReferralMove.Invalid("on", $"日付は前の段階 ({LatestStepOn:yyyy-MM-dd}) から今日までにしてください。");
        }
        if (target == ReferralStage.Closed && outcome is null)
        {
            return ReferralMove.Invalid("outcome", "終了するときは結果を選んでください。");
        }
        if (target != ReferralStage.Closed && outcome is not null)
        {
            return ReferralMove.Invalid("outcome", "結果は終了するときだけ指定します。");
        }

        Stage = target;
        switch (target)
        {
            case ReferralStage.Accepted:
                AcceptedOn = on;
                break;
            case ReferralStage.Intervening:
                InterventionStartedOn = on;
                break;
            case ReferralStage.Closed:
                ClosedOn = on;
                Outcome = outcome;
                break;
        }
        return ReferralMove.Moved;
    }

    public ReferralDurations Durations(DateOnly today) => ReferralDurations.Of(this, today);
}
