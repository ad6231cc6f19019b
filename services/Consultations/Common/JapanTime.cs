namespace HoukatsuCare.Consultations.Common;

/// <summary>Dates as the centers live them: Japan Standard Time (UTC+9, no daylight saving).</summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>
    /// The earliest day a consultation record may carry: 介護保険 began in April 2000 and the centers later, so an
    /// older date is a typing error (and 0001-01-01 in JST has no UTC instant to store).
    /// </summary>
    public static readonly DateOnly EarliestRecord = new(2000, 4, 1);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The instant a Japanese calendar day begins, in UTC (as PostgreSQL timestamptz takes it).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
