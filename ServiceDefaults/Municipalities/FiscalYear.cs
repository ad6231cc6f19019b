using System.Globalization;

namespace HoukatsuCare.ServiceDefaults.Municipalities;

/// <summary>年度 (April 1 – March 31) and its 和暦 label, as reports show them.</summary>
public static class FiscalYear
{
    private static readonly CultureInfo Japanese = CreateJapaneseCulture();

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
        return culture;
    }
}
