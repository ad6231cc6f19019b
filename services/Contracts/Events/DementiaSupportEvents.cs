namespace HoukatsuCare.Contracts.Events;

/// <summary>A dementia supporter course (認知症サポーター養成講座) was held.</summary>
public sealed record SupporterCourseHeld(Guid CourseId, string? CenterId, DateOnly HeldOn, int ParticipantCount) : IntegrationEvent;

/// <summary>A referral to the initial-intensive-support team (認知症初期集中支援チーム) was made.</summary>
public sealed record TeamReferralMade(Guid ReferralId, Guid? CaseId, string CenterId) : IntegrationEvent;
