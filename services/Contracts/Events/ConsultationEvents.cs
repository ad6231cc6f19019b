namespace HoukatsuCare.Contracts.Events;

/// <summary>A consultation case was opened (受付). Carries no name: ids, area, topics, route and urgency only.</summary>
public sealed record ConsultationCaseOpened(
    Guid CaseId,
    string CenterId,
    string? DailyLifeAreaId,
    IReadOnlyList<string> Topics,
    string Route,
    string Urgency) : IntegrationEvent;

/// <summary>A case moved to continuing support (継続的・専門的な相談支援).</summary>
public sealed record ConsultationCaseEscalated(
    Guid CaseId,
    string CenterId,
    string? DailyLifeAreaId,
    IReadOnlyList<string> Topics) : IntegrationEvent;

/// <summary>A case was closed (終結), at the initial stage or after continuing support.</summary>
public sealed record ConsultationCaseClosed(
    Guid CaseId,
    string CenterId,
    string? DailyLifeAreaId,
    IReadOnlyList<string> Topics,
    string ClosureReason,
    string Stage) : IntegrationEvent;
