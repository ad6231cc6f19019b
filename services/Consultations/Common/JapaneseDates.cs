using System.Globalization;

namespace HoukatsuCare.Consultations.Common;

/// <summary>年度 (April to March) and 和暦 labels, as the centers' reports write them.</summary>
public static class JapaneseDates
{
    private static readonly CultureInfo Japanese = CreateJapanese();

    /// <summary>The fiscal year a day belongs to: 2025-04-01 … 2026-03-31 is FY2025 (令和7年度).</summary>
    public static int FiscalYear(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    /// <summary>"令和7年4月"; the first year of an era is 元年 ("令和元年5月").</summary>
    public static string EraMonth(DateOnly month) => month.ToDateTime(TimeOnly.MinValue).ToString("gg y年M月", Japanese).Replace(" 1年", "元年", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    private static CultureInfo CreateJapanese()
    {
        var culture = new CultureInfo("ja-JP");
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return CultureInfo.ReadOnly(culture);
    }
}
