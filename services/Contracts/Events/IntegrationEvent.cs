namespace HoukatsuCare.Contracts.Events;

/// <summary>
/// A fact one service tells the others, named in the past tense.
/// Versioning rule: fields are only ever added (with a default that keeps old messages meaningful);
/// a change that would break a consumer is a new type with a new name.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique per event; consumers deduplicate by it.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>全国地方公共団体コード (6 digits with check digit) of the municipality the fact belongs to.</summary>
    public required string MunicipalityCode { get; init; }
}
