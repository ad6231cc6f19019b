using System.ComponentModel;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Municipalities;
using HoukatsuCare.ServiceDefaults.Time;
using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HoukatsuCare.Consultations.Figures;

public static class FiguresEndpoints
{
    public static RouteGroupBuilder MapFigures(this RouteGroupBuilder api)
    {
        var figures = api.MapGroup("/figures").WithTags("相談実績");
        figures.MapGet("/monthly", Monthly).WithName("getMonthlyFigures").ProducesProblems(404, 422).WithSummary("月次の相談実績")
            .WithDescription("センター・月ごとの実人数・延べ件数 (受付と相談記録)、経路別・相談者別・相談内容別件数、新規・継続、終結理由別件数。年度と和暦 (令和7年4月) の表記を含みます。");
        figures.MapGet("/caseload", CaseloadOf).WithName("getCaseload").ProducesProblems(404).WithSummary("センターの担当ケース数").WithDescription("終結していないケースの段階別・担当者別件数。");
        return api;
    }

    private static async Task<Results<Ok<MonthlyFigures>, ValidationProblem, ProblemHttpResult>> Monthly(
        CallerContext caller, MunicipalDirectory directory, FiguresQueries queries, CancellationToken cancellationToken,
        [Description("センター (地域型センター職員は省略可)")] string? centerId = null,
        [Description("対象月 (yyyy-MM)")] string? month = null)
    {
        if (JapanTime.ParseMonth(month) is not { } first)
        {
            return Problems.Unprocessable("month", "対象月を yyyy-MM 形式で指定してください (例: 2025-04)。");
        }
        return directory.ResolveCenter(caller, centerId) is { } center
            ? TypedResults.Ok(await queries.MonthlyAsync(caller.MunicipalityCode, center, first, cancellationToken))
            : Problems.NotFound("センター");
    }

    private static async Task<Results<Ok<Caseload>, ProblemHttpResult>> CaseloadOf(
        CallerContext caller, MunicipalDirectory directory, FiguresQueries queries, CancellationToken cancellationToken,
        [Description("センター (地域型センター職員は省略可)")] string? centerId = null) =>
        directory.ResolveCenter(caller, centerId) is { } center
            ? TypedResults.Ok(await queries.CaseloadAsync(caller.MunicipalityCode, center, cancellationToken))
            : Problems.NotFound("センター");
}
