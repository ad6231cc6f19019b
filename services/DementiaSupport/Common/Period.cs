using System.Globalization;
using HoukatsuCare.ServiceDefaults.Time;

namespace HoukatsuCare.DementiaSupport.Common;

/// <summary>A fiscal year (年度, April–March) or one month of it: the span lists and figures count in.</summary>
public sealed record Period(int FiscalYear, DateOnly From, DateOnly Until, string? Month)
{
    public const int MinFiscalYear = 2000;
    public const int MaxFiscalYear = 2100;

    public static Period Year(int fiscalYear) =>
        new(fiscalYear, ServiceDefaults.Time.FiscalYear.Start(fiscalYear), ServiceDefaults.Time.FiscalYear.End(fiscalYear), null);

    /// <summary>The fiscal year, or one of its months (<c>yyyy-MM</c>); null when the month is malformed or outside the year.</summary>
    public static Period? Of(int fiscalYear, string? month)
    {
        if (string.IsNullOrEmpty(month))
        {
            return Year(fiscalYear);
        }
        if (JapanTime.ParseMonth(month) is not { } first || ServiceDefaults.Time.FiscalYear.Of(first) != fiscalYear)
        {
            return null;
        }
        return new(fiscalYear, first, first.AddMonths(1).AddDays(-1), first.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    public bool Contains(DateOnly day) => day >= From && day <= Until;
}
