namespace HoukatsuCare.Contracts.Events;

/// <summary>A dementia supporter course (認知症サポーター養成講座) was held; its participants became supporters.</summary>
public sealed record SupporterCourseHeld(Guid CourseId, string? CenterId, DateOnly HeldOn, int ParticipantCount) : IntegrationEvent
{
    /// <summary>The daily-life area the course served (日常生活圏域); null in messages written before it was added.</summary>
    public string? DailyLifeAreaId { get; init; }

    /// <summary>Who attended: <c>Residents</c> (住民), <c>Students</c> (小中学生), <c>Workplace</c> (企業・職域), <c>Government</c> (行政), <c>Other</c>.</summary>
    public string? Audience { get; init; }
}

/// <summary>
/// A referral to the initial-phase intensive support team (認知症初期集中支援チーム) was made for a consultation case.
/// Ids only: the person is the case's client in Consultations.
/// </summary>
public sealed record InitialSupportReferralMade(Guid ReferralId, Guid CaseId, string CenterId, string? DailyLifeAreaId, DateOnly ReferredOn) : IntegrationEvent;

/// <summary>
/// A dementia café (認知症カフェ) session was held. Attendance in numbers only; the volunteers who helped are named
/// only by their VolunteerPoints ids (<see cref="Helpers"/>), so a points consumer can grant the café activity.
/// </summary>
/// <param name="SessionId">The session in DementiaSupport (stable: a republish carries the same id).</param>
/// <param name="CafeId">The café (registry entry) the session belongs to.</param>
/// <param name="CenterId">The center holding or supporting the café.</param>
/// <param name="DailyLifeAreaId">The area the café serves.</param>
/// <param name="HeldOn">The day of the session (Japan).</param>
/// <param name="Attendance">Attendees in total (本人・家族・地域住民・専門職).</param>
public sealed record DementiaCafeSessionHeld(
    Guid SessionId, Guid CafeId, string CenterId, string DailyLifeAreaId, DateOnly HeldOn, int Attendance) : IntegrationEvent
{
    /// <summary>The volunteers who helped at the session; empty when none was recorded.</summary>
    public IReadOnlyList<CafeHelper> Helpers { get; init; } = [];
}

/// <summary>One volunteer's help at a café session: <see cref="ActivityId"/> is unique per volunteer and session.</summary>
public sealed record CafeHelper(Guid ActivityId, Guid VolunteerId, decimal Hours);

/// <summary>
/// A volunteer helped at a dementia café session (認知症カフェ); VolunteerPoints grants the points of the municipality's
/// café activity for it. One event per volunteer and session: <see cref="ActivityId"/> identifies the help, so a
/// repeat or a republish never grants twice. The volunteer is named only by their VolunteerPoints id.
/// </summary>
/// <param name="ActivityId">Unique per volunteer and session, stable across repeats.</param>
/// <param name="CafeSessionId">The café session in DementiaSupport.</param>
/// <param name="VolunteerId">The volunteer's id in VolunteerPoints.</param>
/// <param name="CenterId">The center holding (or supporting) the café.</param>
/// <param name="HeldOn">The day of the session (Japan).</param>
/// <param name="Hours">Hours the volunteer helped (for activities paid per hour).</param>
public sealed record DementiaCafeActivityRecorded(
    Guid ActivityId, Guid CafeSessionId, Guid VolunteerId, string CenterId, DateOnly HeldOn, decimal Hours) : IntegrationEvent;
