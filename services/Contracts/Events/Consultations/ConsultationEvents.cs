namespace HoukatsuCare.Contracts.Events.Consultations;

// Ids and codes only: the case's client, notes and health details never leave Consultations.

/// <summary>A consultation case was opened (総合相談の受付).</summary>
/// <param name="Route">How the consultation came in (code, e.g. <c>phone</c>, <c>visit</c>).</param>
/// <param name="Urgency">Urgency code assigned at intake.</param>
public sealed record ConsultationCaseOpened(
    Guid CaseId, string CenterId, string? DailyLifeAreaId, IReadOnlyList<string> Topics, string Route, string Urgency) : IntegrationEvent;

/// <summary>A case was escalated (e.g. to the core center or to an abuse response).</summary>
public sealed record ConsultationCaseEscalated(
    Guid CaseId, string CenterId, string? DailyLifeAreaId, IReadOnlyList<string> Topics) : IntegrationEvent;

/// <summary>A case was closed.</summary>
/// <param name="ClosureReason">Closure reason code.</param>
/// <param name="Stage">Stage the case had reached when closed (code).</param>
public sealed record ConsultationCaseClosed(
    Guid CaseId, string CenterId, string? DailyLifeAreaId, IReadOnlyList<string> Topics, string ClosureReason, string Stage) : IntegrationEvent;

/// <summary>A suspected elder-abuse report was recorded (高齢者虐待の通報・届出). Ids and codes only.</summary>
public sealed record AbuseReported(Guid CaseId, Guid ReportId, string CenterId, IReadOnlyList<string> AbuseTypes) : IntegrationEvent;

/// <summary>A guardianship petition by the mayor was requested (市町村長申立て).</summary>
public sealed record GuardianshipPetitionRequested(Guid CaseId, Guid PetitionId, string CenterId, string GuardianshipType) : IntegrationEvent;

/// <summary>An outreach visit (実態把握) was done.</summary>
public sealed record OutreachDone(Guid OutreachId, string CenterId, string? DailyLifeAreaId, DateOnly VisitedOn) : IntegrationEvent;
