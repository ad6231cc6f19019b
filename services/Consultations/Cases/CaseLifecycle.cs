namespace HoukatsuCare.Consultations.Cases;

/// <summary>
/// The stages a case may move to from each stage (seeds K 4(1)①, I V.2(3)): the initial response either ends
/// with information or a referral, or becomes continuing support, which ends with a closure reason.
/// A closed case can be reopened; it returns to the initial response.
/// </summary>
public static class CaseLifecycle
{
    /// <summary>The closure reason recorded for a case closed at the initial stage.</summary>
    public const string InitialStageClosureReason = "情報提供・関係機関紹介";

    private static readonly IReadOnlyDictionary<CaseStage, CaseStage[]> Next = new Dictionary<CaseStage, CaseStage[]>
    {
        [CaseStage.Received] = [CaseStage.InitialResponse],
        [CaseStage.InitialResponse] = [CaseStage.ClosedAtInitialStage, CaseStage.ContinuingSupport],
        [CaseStage.ContinuingSupport] = [CaseStage.Closed],
        [CaseStage.ClosedAtInitialStage] = [CaseStage.InitialResponse],
        [CaseStage.Closed] = [CaseStage.InitialResponse],
    };

    public static IReadOnlyList<CaseStage> AllowedFrom(CaseStage stage) => Next[stage];

    public static bool IsOpen(CaseStage stage) => stage is not (CaseStage.Closed or CaseStage.ClosedAtInitialStage);
}
