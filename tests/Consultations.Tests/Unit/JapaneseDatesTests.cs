using HoukatsuCare.Consultations.Common;

namespace HoukatsuCare.Consultations.Tests.Unit;

public sealed class JapaneseDatesTests
{
    [Theory]
    [InlineData("2025-04-01", 2025)]
    [InlineData("2026-03-31", 2025)]
    [InlineData("2019-03-31", 2018)]
    public void The_fiscal_year_begins_in_april(string day, int fiscalYear) =>
        Assert.Equal(fiscalYear, JapaneseDates.FiscalYear(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2025-04-01", "令和7年4月")]
    [InlineData("2019-04-01", "平成31年4月")]
    [InlineData("2019-05-01", "令和元年5月")]
    [InlineData("2020-01-01", "令和2年1月")]
    public void Months_are_labelled_in_the_japanese_era(string month, string label) =>
        Assert.Equal(label, JapaneseDates.EraMonth(DateOnly.Parse(month)));
}
