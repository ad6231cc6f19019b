namespace HoukatsuCare.Contracts.Events;

// Meeting events go to outside subscribers (the 医師会): the meeting itself, never the clients discussed in it.

/// <summary>A meeting (e.g. 地域ケア会議) was scheduled.</summary>
/// <param name="MeetingTypeCode">Meeting type code from the municipal profile.</param>
/// <param name="Organizer">Organizing body (a center or the municipality), never a person.</param>
/// <param name="CenterId">Center holding the meeting; null for a municipality-wide meeting.</param>
[ExternalEvent("meetings.meeting.scheduled")]
public sealed record MeetingScheduled(
    Guid MeetingId, string MeetingTypeCode, string Title, string Organizer, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string? Venue, string? CenterId, string? DailyLifeAreaId) : IntegrationEvent;

/// <summary>A scheduled meeting moved to another time or place.</summary>
[ExternalEvent("meetings.meeting.rescheduled")]
public sealed record MeetingRescheduled(
    Guid MeetingId, string MeetingTypeCode, string Title, string Organizer, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string? Venue, string? CenterId, string? DailyLifeAreaId) : IntegrationEvent;

/// <summary>A scheduled meeting was cancelled.</summary>
/// <param name="Reason">Cancellation reason code.</param>
[ExternalEvent("meetings.meeting.cancelled")]
public sealed record MeetingCancelled(
    Guid MeetingId, string MeetingTypeCode, string Title, string Organizer, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string? Venue, string? CenterId, string? DailyLifeAreaId, string? Reason) : IntegrationEvent;

/// <summary>A meeting took place.</summary>
/// <param name="AttendeeCount">Number of attendees (no names).</param>
[ExternalEvent("meetings.meeting.held")]
public sealed record MeetingHeld(
    Guid MeetingId, string MeetingTypeCode, string Title, string Organizer, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string? Venue, string? CenterId, string? DailyLifeAreaId, int AttendeeCount) : IntegrationEvent;

/// <summary>A regional issue (地域課題) was raised from a meeting.</summary>
/// <param name="CategoryCode">Issue category code.</param>
/// <param name="Summary">A summary of the issue as a community matter, never about a person.</param>
[ExternalEvent("meetings.regional-issue.raised")]
public sealed record RegionalIssueRaised(
    Guid IssueId, Guid? MeetingId, string CategoryCode, string Title, string Summary, string? CenterId, string? DailyLifeAreaId) : IntegrationEvent;

/// <summary>A regional issue was escalated to a higher level (e.g. from a center's meeting to the municipality).</summary>
/// <param name="Level">Level it was escalated to (code).</param>
[ExternalEvent("meetings.regional-issue.escalated")]
public sealed record RegionalIssueEscalated(Guid IssueId, string CategoryCode, string Title, string Level) : IntegrationEvent;
