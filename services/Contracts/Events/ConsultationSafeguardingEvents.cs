namespace HoukatsuCare.Contracts.Events;

// Consultations' other facts: ids and codes only; the client's details never leave Consultations.

/// <summary>A suspected elder-abuse report was recorded (高齢者虐待の通報・届出). Ids and codes only.</summary>
public sealed record AbuseReported(Guid CaseId, Guid ReportId, string CenterId, IReadOnlyList<string> AbuseTypes) : IntegrationEvent;

/// <summary>A guardianship petition by the mayor was requested (市町村長申立て).</summary>
public sealed record GuardianshipPetitionRequested(Guid CaseId, Guid PetitionId, string CenterId, string GuardianshipType) : IntegrationEvent;

/// <summary>An outreach visit (実態把握) was done.</summary>
public sealed record OutreachDone(Guid OutreachId, string CenterId, string? DailyLifeAreaId, DateOnly VisitedOn) : IntegrationEvent;
