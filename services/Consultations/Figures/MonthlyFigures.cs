namespace HoukatsuCare.Consultations.Figures;

/// <summary>
/// One center's consultation figures for one month (活動状況報告): 実人数 (distinct clients contacted) and
/// 延べ件数 (contacts: openings plus notes), openings by route, consulter and topic, new versus continuing cases,
/// and closures by reason. <see cref="FiscalYear"/> is the 年度, <see cref="EraMonth"/> the month in 和暦 (令和7年4月).
/// </summary>
public sealed record MonthlyFigures(
    string CenterId,
    string Month,
    int FiscalYear,
    string EraMonth,
    int DistinctClients,
    int Contacts,
    int NewCases,
    int ContinuingCases,
    IReadOnlyDictionary<string, int> ByRoute,
    IReadOnlyDictionary<string, int> ByConsulter,
    IReadOnlyDictionary<string, int> ByTopic,
    IReadOnlyDictionary<string, int> ClosedByReason);

/// <summary>A center's open cases by stage and by assignee ("" = unassigned).</summary>
public sealed record Caseload(string CenterId, int OpenCases, IReadOnlyDictionary<string, int> ByStage, IReadOnlyDictionary<string, int> ByAssignee);
