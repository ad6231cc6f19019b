using System.ComponentModel;
using System.Globalization;
using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Common;
using HoukatsuCare.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HoukatsuCare.Consultations.Figures;

public static class FiguresEndpoints
{
    public static RouteGroupBuilder MapFigures(this RouteGroupBuilder api)
    {
        var figures = api.MapGroup("/figures").WithTags("相談実績");
        figures.MapGet("/monthly", Monthly).WithSummary("月次の相談実績")
            .WithDescription("センター・月ごとの実人数・延べ件数 (受付と相談記録)、経路別・相談者別・相談内容別件数、新規・継続、終結理由別件数。年度と和暦 (令和7年4月) の表記を含みます。");
        figures.MapGet("/caseload", CaseloadOf).WithSummary("センターの担当ケース数").WithDescription("終結していないケースの段階別・担当者別件数。");
        return api;
    }

    private static async Task<Results<Ok<MonthlyFigures>, ValidationProblem, ProblemHttpResult>> Monthly(
        CallerContext caller, IMunicipalDirectory directory, FiguresQueries queries, CancellationToken cancellationToken,
        [Description("センター (地域型センター職員は省略可)")] string? centerId = null,
        [Description("対象月 (yyyy-MM)")] string? month = null)
    {
        if (ParseMonth(month) is not { } first)
        {
            return Problems.Unprocessable("month", "対象月を yyyy-MM 形式で指定してください (例: 2025-04)。");
        }
        return ResolveCenter(caller, directory, centerId) is { } center
            ? TypedResults.Ok(await queries.MonthlyAsync(caller.MunicipalityCode, center, first, cancellationToken))
            : Problems.NotFound("センター");
    }

    private static async Task<Results<Ok<Caseload>, ProblemHttpResult>> CaseloadOf(
        CallerContext caller, IMunicipalDirectory directory, FiguresQueries queries, CancellationToken cancellationToken,
        [Description("センター (地域型センター職員は省略可)")] string? centerId = null) =>
        ResolveCenter(caller, directory, centerId) is { } center
            ? TypedResults.Ok(await queries.CaseloadAsync(caller.MunicipalityCode, center, cancellationToken))
            : Problems.NotFound("センター");

    /// <summary>The center the caller asks about, if they may see it; regional staff default to their own.</summary>
    public static string? ResolveCenter(CallerContext caller, IMunicipalDirectory directory, string? centerId)
    {
        var center = string.IsNullOrEmpty(centerId) ? caller.CenterId : centerId;
        return center is not null && caller.CanSee(caller.MunicipalityCode, center) && directory.IsKnownCenter(caller.MunicipalityCode, center)
            ? center
            : null;
    }

    /// <summary>The first day of a yyyy-MM month that records can exist for (from 2000 up to, not including, 9999-12, whose next month has no date).</summary>
    public static DateOnly? ParseMonth(string? month) =>
        DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            && first.Year >= JapanTime.EarliestRecord.Year && first < new DateOnly(9999, 12, 1)
            ? first
            : null;
}
