using System.Globalization;

namespace HoukatsuCare.ServiceDefaults.Time;

/// <summary>
/// 年度 (April 1 – March 31) and 和暦, as the centers' plans and reports write them: the one implementation every
/// service uses (2025-04-01 … 2026-03-31 is FY2025, 令和7年度; the first year of an era is 元年).
/// </summary>
public static class FiscalYear
{
    private static readonly CultureInfo Japanese = CreateJapaneseCulture();

    /// <summary>The fiscal year a day belongs to.</summary>
    public static int Of(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static DateOnly Start(int fiscalYear) => new(fiscalYear, 4, 1);

    public static DateOnly End(int fiscalYear) => new(fiscalYear + 1, 3, 31);

    /// <summary>The fiscal year in 和暦 by the era in force on its April 1, e.g. 2019 → 平成31年度, 2025 → 令和7年度.</summary>
    public static string WarekiLabel(int fiscalYear)
    {
        var (era, year) = EraYear(Start(fiscalYear));
        return $"{era}{year}年度";
    }

    /// <summary>A date in 和暦, e.g. 2019-05-01 → 令和元年5月1日.</summary>
    public static string Wareki(DateOnly date)
    {
        var (era, year) = EraYear(date);
        return $"{era}{year}年{date.Month}月{date.Day}日";
    }

    /// <summary>A month in 和暦 by the era of its first day, e.g. 2025-04 → 令和7年4月, 2019-05 → 令和元年5月.</summary>
    public static string WarekiMonth(DateOnly month)
    {
        var (era, year) = EraYear(new DateOnly(month.Year, month.Month, 1));
        return $"{era}{year}年{month.Month}月";
    }

    private static (string Era, string Year) EraYear(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        var year = Japanese.DateTimeFormat.Calendar.GetYear(dateTime);
        return (dateTime.ToString("gg", Japanese), year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture));
    }

    private static CultureInfo CreateJapaneseCulture()
    {
        var culture = new CultureInfo("ja-JP");
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return CultureInfo.ReadOnly(culture);
    }
}
