namespace HoukatsuCare.Contracts.Events;

/// <summary>Points were granted to a volunteer (appended to the ledger).</summary>
public sealed record PointsGranted(Guid VolunteerId, Guid LedgerEntryId, string ActivityCode, int Points, DateOnly ActivityDate) : IntegrationEvent;

/// <summary>A volunteer's watch report raised a concern about someone; Consultations follows up. No names: a reference the center resolves.</summary>
public sealed record WatchConcernReported(Guid ReportId, string CenterId, string? DailyLifeAreaId, string ConcernCode) : IntegrationEvent;
