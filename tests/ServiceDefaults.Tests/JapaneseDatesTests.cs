using HoukatsuCare.ServiceDefaults.Time;

namespace HoukatsuCare.ServiceDefaults.Tests;

public sealed class JapaneseDatesTests
{
    [Theory]
    [InlineData("2025-04-01", 2025)]
    [InlineData("2026-03-31", 2025)]
    [InlineData("2019-03-31", 2018)]
    public void The_fiscal_year_begins_in_april(string day, int fiscalYear) =>
        Assert.Equal(fiscalYear, FiscalYear.Of(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2025-04-01", "令和7年4月")]
    [InlineData("2019-04-01", "平成31年4月")]
    [InlineData("2019-05-01", "令和元年5月")]
    [InlineData("2020-01-01", "令和2年1月")]
    public void Months_are_labelled_in_the_japanese_era(string month, string label) =>
        Assert.Equal(label, FiscalYear.WarekiMonth(DateOnly.Parse(month)));

    [Theory]
    [InlineData("2025-04", "2025-04-01")]
    [InlineData("2000-01", "2000-01-01")]
    [InlineData("9999-11", "9999-11-01")]
    [InlineData("1999-12", null)]
    [InlineData("9999-12", null)]
    [InlineData("2025-4", null)]
    [InlineData("0001-01", null)]
    [InlineData(null, null)]
    public void Months_are_read_as_yyyy_MM_within_the_years_records_exist(string? month, string? first) =>
        Assert.Equal(first is null ? null : DateOnly.Parse(first), JapanTime.ParseMonth(month));
}
