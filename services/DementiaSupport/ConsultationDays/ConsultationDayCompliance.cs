using System.ComponentModel;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.ServiceDefaults.Municipalities;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.ConsultationDays;

/// <summary>事業計画の達成状況.</summary>
public enum ComplianceStatus
{
    /// <summary>達成.</summary>
    Met,

    /// <summary>順調 (予定・結果未入力の相談会で達成見込み).</summary>
    OnTrack,

    /// <summary>遅れ (年度が終わった、または予定が足りない).</summary>
    Behind,
}

/// <summary>圏域ごとの認知症相談会の実施状況</summary>
public sealed record AreaCompliance(
    [property: Description("日常生活圏域")] string DailyLifeAreaId,
    [property: Description("圏域名")] string? AreaName,
    [property: Description("実施済み")] int Held,
    [property: Description("今後の予定")] int Scheduled,
    [property: Description("開催日を過ぎて結果未入力")] int AwaitingResult,
    [property: Description("目標 (年度・圏域あたり)。目標のない市は null")] decimal? Target,
    [property: Description("達成状況: Met (達成), OnTrack (順調), Behind (遅れ)。目標のない市は null")] ComplianceStatus? Status);

/// <summary>認知症相談会の年度の達成状況 (圏域ごと)</summary>
public sealed record ConsultationDayComplianceResponse(
    [property: Description("年度")] int FiscalYear,
    [property: Description("年度 (和暦)")] string FiscalYearLabel,
    [property: Description("計画の根拠 (事業計画の項)")] string? Section,
    [property: Description("圏域ごとの状況")] IReadOnlyList<AreaCompliance> Areas);

/// <summary>
/// Whether each area had its dementia consultation days (小平市 事業計画 4(9): 各圏域で年1回), by the profile's target
/// <see cref="TargetCode"/> (per area, per fiscal year) and the controllable clock.
/// </summary>
public static class ConsultationDayCompliance
{
    public const string TargetCode = "dementia-consultation-day";

    /// <summary>
    /// Met when enough days were held; OnTrack while the year runs and the days planned (or held, results not yet entered)
    /// would reach the target; Behind otherwise. Null without a target.
    /// </summary>
    public static ComplianceStatus? Evaluate(decimal? target, int held, int pending, bool yearOver) =>
        target is not { } value ? null
        : held >= value ? ComplianceStatus.Met
        : !yearOver && held + pending >= value ? ComplianceStatus.OnTrack
        : ComplianceStatus.Behind;

    public static Target? TargetOf(MunicipalProfile? profile) =>
        profile?.Targets.FirstOrDefault(t => t.Code == TargetCode && t.Per == TargetUnit.Area && t.Period == TargetPeriod.FiscalYear);

    /// <summary>
    /// The areas of <paramref name="scope"/>, each counting every day held in it in the municipality (whichever center
    /// held it: the obligation is the area's).
    /// </summary>
    public static async Task<ConsultationDayComplianceResponse> ComputeAsync(
        IQueryable<ConsultationDay> days, Scope scope, MunicipalProfile? profile, int fiscalYear, DateOnly today, CancellationToken cancellationToken)
    {
        var period = Period.Year(fiscalYear);
        var areaIds = scope.Areas.ToList();
        var rows = await days.Where(d => d.MunicipalityCode == scope.MunicipalityCode && areaIds.Contains(d.DailyLifeAreaId))
            .Where(d => d.HeldOn >= period.From && d.HeldOn <= period.Until && d.Status != ConsultationDayStatus.Cancelled)
            .GroupBy(d => new { d.DailyLifeAreaId, d.Status, Upcoming = d.HeldOn >= today })
            .Select(g => new { g.Key.DailyLifeAreaId, g.Key.Status, g.Key.Upcoming, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var target = TargetOf(profile);
        var yearOver = today > period.Until;
        var areas = scope.Areas.Select(area =>
        {
            var of = rows.Where(r => r.DailyLifeAreaId == area).ToList();
            var held = of.Where(r => r.Status == ConsultationDayStatus.Held).Sum(r => r.Count);
            var scheduled = of.Where(r => r.Status == ConsultationDayStatus.Scheduled && r.Upcoming).Sum(r => r.Count);
            var awaiting = of.Where(r => r.Status == ConsultationDayStatus.Scheduled && !r.Upcoming).Sum(r => r.Count);
            return new AreaCompliance(area, profile?.Areas.FirstOrDefault(a => a.Id == area)?.Name, held, scheduled, awaiting,
                target?.Value, Evaluate(target?.Value, held, scheduled + awaiting, yearOver));
        }).ToList();
        return new ConsultationDayComplianceResponse(fiscalYear, FiscalYear.WarekiLabel(fiscalYear), target?.Section, areas);
    }
}
