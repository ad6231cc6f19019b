namespace HoukatsuCare.Contracts.Events;

/// <summary>A local resource was registered.</summary>
public sealed record ResourceRegistered(Guid ResourceId, string CategoryCode, string Name, string? DailyLifeAreaId) : IntegrationEvent;

/// <summary>A local resource changed (schedule, place, category...).</summary>
public sealed record ResourceChanged(Guid ResourceId, string CategoryCode, string Name, string? DailyLifeAreaId) : IntegrationEvent;

/// <summary>A need for a local service was recorded (a community need, not a person's record).</summary>
public sealed record NeedRecorded(Guid NeedId, string CategoryCode, string? DailyLifeAreaId) : IntegrationEvent;
