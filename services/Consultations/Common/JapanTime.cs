namespace HoukatsuCare.Consultations.Common;

/// <summary>Dates as the centers live them: Japan Standard Time (UTC+9, no daylight saving).</summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The instant a Japanese calendar day begins, in UTC (as PostgreSQL timestamptz takes it).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
