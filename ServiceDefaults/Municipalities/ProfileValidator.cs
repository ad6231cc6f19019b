namespace HoukatsuCare.ServiceDefaults.Municipalities;

/// <summary>Checks a profile's internal consistency; every error names the field by its JSON path.</summary>
public static class ProfileValidator
{
    public static IReadOnlyList<string> Validate(MunicipalProfile profile)
    {
        var errors = new List<string>();
        void Error(string field, string message) => errors.Add($"{field}: {message}");

        if (!LocalGovernmentCode.IsValid(profile.MunicipalityCode))
        {
            Error("municipalityCode", $"'{profile.MunicipalityCode}' は検査数字付き6桁の全国地方公共団体コードではありません");
        }
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            Error("name", "市町村名が空です");
        }
        if (profile.FiscalYear is < 2000 or > 2100)
        {
            Error("fiscalYear", $"{profile.FiscalYear} は年度として範囲外です (2000–2100)");
        }

        var areaIds = CheckUnique(profile.Areas.Select(a => a.Id), "areas", "id", Error);
        if (profile.Areas.Count == 0)
        {
            Error("areas", "日常生活圏域が1つもありません");
        }
        CheckUnique(profile.Centers.Select(c => c.Id), "centers", "id", Error);
        // 小平市の事業計画 2(3): 基幹型地域包括支援センターを１か所設置 — the core center coordinates, trains and hosts the centers' meetings
        var coreCenters = profile.Centers.Count(c => c.Kind == CenterKind.Core);
        if (coreCenters != 1)
        {
            Error("centers", $"基幹型センターはちょうど1か所必要です (現在 {coreCenters} か所)");
        }
        for (var i = 0; i < profile.Centers.Count; i++)
        {
            var center = profile.Centers[i];
            if (string.IsNullOrWhiteSpace(center.Name))
            {
                Error($"centers[{i}].name", "センター名が空です");
            }
            for (var j = 0; j < center.Areas.Count; j++)
            {
                if (!areaIds.Contains(center.Areas[j]))
                {
                    Error($"centers[{i}].areas[{j}]", $"圏域 '{center.Areas[j]}' は areas にありません");
                }
            }
        }
        var covered = profile.Centers.SelectMany(c => c.Areas).ToHashSet(StringComparer.Ordinal);
        foreach (var area in profile.Areas.Where(a => !covered.Contains(a.Id)))
        {
            Error($"areas[{profile.Areas.ToList().IndexOf(area)}]", $"圏域 '{area.Id}' を担当するセンターがありません");
        }

        CheckUnique(profile.ClosureReasons.Select(r => r.Code), "closureReasons", "code", Error);
        if (profile.ClosureReasons.Count == 0)
        {
            Error("closureReasons", "終結理由が1つもありません");
        }

        var meetingCodes = CheckUnique(profile.MeetingTypes.Select(m => m.Code), "meetingTypes", "code", Error);
        for (var i = 0; i < profile.MeetingTypes.Count; i++)
        {
            ValidateMeetingType(profile.MeetingTypes[i], $"meetingTypes[{i}]", Error);
        }

        CheckUnique(profile.Targets.Select(t => t.Code), "targets", "code", Error);
        for (var i = 0; i < profile.Targets.Count; i++)
        {
            var target = profile.Targets[i];
            if (target.Value < 0)
            {
                Error($"targets[{i}].value", "目標値は0以上です");
            }
            if (target.MeetingType is { } code && !meetingCodes.Contains(code))
            {
                Error($"targets[{i}].meetingType", $"会議種別 '{code}' は meetingTypes にありません");
            }
        }

        for (var i = 0; i < profile.Reports.Count; i++)
        {
            if (profile.Reports[i].Due is { } due && !DateOnly.TryParseExact(due, "yyyy-MM-dd", out _))
            {
                Error($"reports[{i}].due", $"'{due}' は yyyy-MM-dd の日付ではありません");
            }
        }
        return errors;
    }

    private static void ValidateMeetingType(MeetingType meeting, string path, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(meeting.Name))
        {
            error($"{path}.name", "会議名が空です");
        }
        if (string.IsNullOrWhiteSpace(meeting.Purpose))
        {
            error($"{path}.purpose", "機能(目的)が空です");
        }
        if (meeting.Attendees.Count == 0)
        {
            error($"{path}.attendees", "出席者が1つもありません");
        }

        var cadence = meeting.Cadence;
        switch (cadence.Kind)
        {
            case CadenceKind.TimesPerYear when cadence.TimesPerYear is not (>= 1 and <= 52):
                error($"{path}.cadence.timesPerYear", "年 N 回の N は 1–52 で指定してください");
                break;
            case CadenceKind.TimesPerYear when cadence.Months is { } months && months.Count != cadence.TimesPerYear:
                error($"{path}.cadence.months", $"開催月の数 ({months.Count}) が年 {cadence.TimesPerYear} 回と合いません");
                break;
            case CadenceKind.Monthly or CadenceKind.AsNeeded when cadence.TimesPerYear is not null:
                error($"{path}.cadence.timesPerYear", $"{cadence.Kind} には timesPerYear を指定しません");
                break;
        }
        if (cadence.Months is { } ms)
        {
            for (var j = 0; j < ms.Count; j++)
            {
                if (ms[j] is < 1 or > 12)
                {
                    error($"{path}.cadence.months[{j}]", $"{ms[j]} は月 (1–12) ではありません");
                }
            }
        }
    }

    private static HashSet<string> CheckUnique(IEnumerable<string> values, string collection, string field, Action<string, string> error)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                error($"{collection}[{i}].{field}", "空です");
            }
            else if (!seen.Add(value))
            {
                error($"{collection}[{i}].{field}", $"'{value}' が重複しています");
            }
            i++;
        }
        return seen;
    }
}
