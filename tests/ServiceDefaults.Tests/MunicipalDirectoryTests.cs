using HoukatsuCare.ServiceDefaults.Municipalities;

namespace HoukatsuCare.ServiceDefaults.Tests;

/// <summary>The profile in force follows the Japanese calendar and each center serves only its own areas.</summary>
public sealed class MunicipalDirectoryTests
{
    private static readonly MunicipalProfiles Shipped = MunicipalProfiles.Load(Path.Combine(AppContext.BaseDirectory, "profiles"));

    [Fact]
    public void A_new_fiscal_year_begins_at_midnight_in_japan_even_on_a_utc_server()
    {
        var fy2025 = Shipped.Find("112097", 2025)!;
        var fy2026 = fy2025 with
        {
            FiscalYear = 2026,
            Areas = [.. fy2025.Areas, new DailyLifeArea("iruma-new", "新圏域")],
            Centers = [.. fy2025.Centers.Select(c => c.Id == "iruma-toyooka" ? c with { Areas = [.. c.Areas, "iruma-new"] } : c)],
        };
        var profiles = new MunicipalProfiles([fy2025, fy2026]);

        // 2026-04-01 05:00 JST is still 31 March in UTC
        var directory = new MunicipalDirectory(profiles, new UtcClock(new DateTimeOffset(2026, 3, 31, 20, 0, 0, TimeSpan.Zero)));
        Assert.True(directory.IsKnownArea("112097", "iruma-new"));
        Assert.True(directory.ServesArea("112097", "iruma-toyooka", "iruma-new"));

        var dayBefore = new MunicipalDirectory(profiles, new UtcClock(new DateTimeOffset(2026, 3, 31, 14, 0, 0, TimeSpan.Zero)));
        Assert.False(dayBefore.IsKnownArea("112097", "iruma-new"));
    }

    [Fact]
    public void A_regional_center_serves_its_areas_and_the_core_center_none()
    {
        var directory = new MunicipalDirectory(Shipped, TimeProvider.System);
        Assert.True(directory.ServesArea("132110", "kodaira-center-1", "kodaira-1"));
        Assert.False(directory.ServesArea("132110", "kodaira-center-1", "kodaira-2"));
        Assert.False(directory.ServesArea("132110", "kodaira-core", "kodaira-1"));
        Assert.False(directory.ServesArea("112097", "kodaira-center-1", "kodaira-1"));
    }

    private sealed class UtcClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
