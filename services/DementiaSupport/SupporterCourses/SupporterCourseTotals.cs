using System.ComponentModel;
using HoukatsuCare.DementiaSupport.Common;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.SupporterCourses;

/// <summary>受講対象別の講座数・サポーター数</summary>
public sealed record AudienceTotal(
    [property: Description("受講対象")] CourseAudience Audience,
    [property: Description("講座数")] int Courses,
    [property: Description("養成したサポーター数")] int Supporters);

/// <summary>圏域別の講座数・サポーター数</summary>
public sealed record AreaTotal(
    [property: Description("日常生活圏域")] string DailyLifeAreaId,
    [property: Description("講座数")] int Courses,
    [property: Description("養成したサポーター数")] int Supporters);

/// <summary>認知症サポーター養成講座の集計 (年度または月)</summary>
public sealed record SupporterCourseTotals(
    [property: Description("講座数")] int Courses,
    [property: Description("養成したサポーター数")] int Supporters,
    [property: Description("受講対象別 (すべての対象を 0 件も含めて)")] IReadOnlyList<AudienceTotal> ByAudience,
    [property: Description("圏域別 (範囲内のすべての圏域を 0 件も含めて)")] IReadOnlyList<AreaTotal> ByArea);

/// <summary>Courses and supporters of a period, by audience and by area (every audience and area listed, zeros included).</summary>
public static class SupporterCourseTotalsQuery
{
    public static async Task<SupporterCourseTotals> ComputeAsync(
        IQueryable<SupporterCourse> courses, Period period, IReadOnlyList<string> areas, CancellationToken cancellationToken)
    {
        var rows = await courses.Where(c => c.HeldOn >= period.From && c.HeldOn <= period.Until)
            .GroupBy(c => new { c.Audience, c.DailyLifeAreaId })
            .Select(g => new { g.Key.Audience, g.Key.DailyLifeAreaId, Courses = g.Count(), Supporters = g.Sum(c => c.Participants) })
            .ToListAsync(cancellationToken);
        var byAudience = Enum.GetValues<CourseAudience>()
            .Select(a => new AudienceTotal(a, rows.Where(r => r.Audience == a).Sum(r => r.Courses), rows.Where(r => r.Audience == a).Sum(r => r.Supporters)))
            .ToList();
        var byArea = areas.Union(rows.Select(r => r.DailyLifeAreaId).Order(StringComparer.Ordinal))
            .Select(area => new AreaTotal(area, rows.Where(r => r.DailyLifeAreaId == area).Sum(r => r.Courses), rows.Where(r => r.DailyLifeAreaId == area).Sum(r => r.Supporters)))
            .ToList();
        return new SupporterCourseTotals(rows.Sum(r => r.Courses), rows.Sum(r => r.Supporters), byAudience, byArea);
    }
}
