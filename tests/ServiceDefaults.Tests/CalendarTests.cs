using HoukatsuCare.ServiceDefaults.Municipalities;
using HoukatsuCare.ServiceDefaults.Time;

namespace HoukatsuCare.ServiceDefaults.Tests;

public sealed class CalendarTests
{
    [Theory]
    [InlineData("132110", true)]   // 小平市
    [InlineData("112097", true)]   // 入間市
    [InlineData("131041", true)]   // 新宿区: remainder 0 gives check digit 1
    [InlineData("132111", false)]
    [InlineData("13211", false)]
    [InlineData("13211a", false)]
    [InlineData(null, false)]
    public void Local_government_codes_carry_a_check_digit(string? code, bool valid) =>
        Assert.Equal(valid, LocalGovernmentCode.IsValid(code));

    [Theory]
    [InlineData(2019, 4, 1, 2019)]
    [InlineData(2020, 3, 31, 2019)]
    [InlineData(2026, 1, 15, 2025)]
    public void Fiscal_years_run_from_April_to_March(int y, int m, int d, int fiscalYear) =>
        Assert.Equal(fiscalYear, FiscalYear.Of(new DateOnly(y, m, d)));

    [Theory]
    [InlineData(2019, "平成31年度")]
    [InlineData(2025, "令和7年度")]
    public void Fiscal_years_read_in_wareki_by_the_era_of_their_first_day(int fiscalYear, string label) =>
        Assert.Equal(label, FiscalYear.WarekiLabel(fiscalYear));

    [Theory]
    [InlineData(2019, 4, 30, "平成31年4月30日")]
    [InlineData(2019, 5, 1, "令和元年5月1日")]
    [InlineData(2025, 4, 1, "令和7年4月1日")]
    public void Dates_read_in_wareki_with_gannen(int y, int m, int d, string expected) =>
        Assert.Equal(expected, FiscalYear.Wareki(new DateOnly(y, m, d)));
}
