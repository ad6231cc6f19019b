using System.Globalization;

namespace HoukatsuCare.ServiceDefaults.Time;

/// <summary>
/// Dates as the centers live them: Japan Standard Time (UTC+9, no daylight saving), whatever the server's time
/// zone. "Today" always comes from the registered <see cref="TimeProvider"/>, so tests can move the clock.
/// </summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>
    /// The earliest day a record may carry: 介護保険 began in April 2000 and the centers later, so an older date is a
    /// typing error (and 0001-01-01 in JST has no UTC instant to store).
    /// </summary>
    public static readonly DateOnly EarliestRecord = new(2000, 4, 1);

    /// <summary>Today's date in Japan.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The instant a Japanese calendar day begins, in UTC (as PostgreSQL timestamptz takes it).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>
    /// The first day of a <c>yyyy-MM</c> month that records can exist for (from 2000 up to, not including, 9999-12,
    /// whose next month has no date); null for anything else.
    /// </summary>
    public static DateOnly? ParseMonth(string? month) =>
        DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            && first.Year >= EarliestRecord.Year && first < new DateOnly(9999, 12, 1)
            ? first
            : null;
}
