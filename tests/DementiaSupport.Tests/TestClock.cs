namespace HoukatsuCare.DementiaSupport.Tests;

/// <summary>The service's clock, moved by the tests: "today" in Japan is whatever day a test sets.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>Noon in Japan on <paramref name="day"/>.</summary>
    public void SetToday(DateOnly day) => now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(9)).ToUniversalTime();
}
