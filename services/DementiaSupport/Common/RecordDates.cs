using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HoukatsuCare.DementiaSupport.Common;

/// <summary>The days a record may carry: from <see cref="JapanTime.EarliestRecord"/>, and not after today unless it plans ahead.</summary>
public static class RecordDates
{
    /// <summary>A day something happened: not in the future (Japan), not before the earliest record. Null when acceptable.</summary>
    public static ProblemHttpResult? Past(string field, DateOnly day, TimeProvider clock) =>
        day < JapanTime.EarliestRecord
            ? Problems.Unprocessable(field, $"{JapanTime.EarliestRecord:yyyy-MM-dd} 以降の日付にしてください。")
            : day > JapanTime.Today(clock)
                ? Problems.Unprocessable(field, "未来の日付は指定できません。")
                : null;

    /// <summary>A day planned ahead: up to the end of next fiscal year.</summary>
    public static ProblemHttpResult? Planned(string field, DateOnly day, TimeProvider clock)
    {
        var latest = FiscalYear.End(FiscalYear.Of(JapanTime.Today(clock)) + 1);
        return day < JapanTime.EarliestRecord
            ? Problems.Unprocessable(field, $"{JapanTime.EarliestRecord:yyyy-MM-dd} 以降の日付にしてください。")
            : day > latest
                ? Problems.Unprocessable(field, $"{latest:yyyy-MM-dd} (来年度末) までの日付にしてください。")
                : null;
    }
}
