using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.OpenApi;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HoukatsuCare.DementiaSupport.Figures;

public static class FiguresEndpoints
{
    public static RouteGroupBuilder MapFigures(this RouteGroupBuilder api)
    {
        api.MapGet("/figures", Get).WithTags("認知症施策の実績").WithName("getDementiaSupportFigures").ProducesProblems(404, 422).WithSummary("認知症施策の実績")
            .WithDescription("年度 (または年度内の月) の実績: 養成講座 (受講対象別・圏域別)、認知症カフェ (区分別・性別の参加者)、認知症相談会 (圏域ごとの達成状況)、初期集中支援チームへの依頼 (段階別・結果別件数と所要日数)、チームオレンジ、家族介護教室・推進員の相談。centerId を省略すると、基幹型・市は市全体、地域型は自センター。gRPC の GetFigures と同じ内容です。");
        return api;
    }

    private static async Task<Results<Ok<DementiaSupportFigures>, ValidationProblem, ProblemHttpResult>> Get(
        CallerContext caller, Scopes scopes, FiguresQueries queries, TimeProvider clock, CancellationToken cancellationToken,
        [Description("年度 (省略時は今年度)")][Range(Period.MinFiscalYear, Period.MaxFiscalYear, ErrorMessage = Messages.Range)] int? fiscalYear = null,
        [Description("月 (yyyy-MM、年度内)。省略時は年度全体")] string? month = null,
        [Description("センター (省略時: 基幹型・市は市全体、地域型は自センター)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? centerId = null)
    {
        var year = fiscalYear ?? FiscalYear.Of(JapanTime.Today(clock));
        if (Period.Of(year, month) is not { } period)
        {
            return Problems.Unprocessable("month", "月は年度内の yyyy-MM で指定してください (例: 2025-04)。");
        }
        return scopes.For(caller, centerId, year) is { } scope
            ? TypedResults.Ok(await queries.ComputeAsync(scope, period, cancellationToken))
            : Problems.NotFound("センター");
    }
}
