using System.ComponentModel;
using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Figures;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Municipalities;
using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HoukatsuCare.Consultations.Worklist;

public static class WorklistEndpoints
{
    public static RouteGroupBuilder MapWorklist(this RouteGroupBuilder api)
    {
        var worklist = api.MapGroup("/worklist").WithTags("やることリスト");
        worklist.MapGet("/mine", Mine).WithName("getMyWorklist").ProducesProblems(404).WithSummary("自分の担当のやることリスト")
            .WithDescription("評価日を過ぎた計画、期限の来た次の対応、一定日数記録のないケース、未対応の緊急ケース (未割当を含む)。");
        worklist.MapGet("/center", Center).WithName("getCenterWorklist").ProducesProblems(404).WithSummary("センター全体・職員別のやることリスト")
            .WithDescription("センターの全ケース (assigneeId を指定するとその職員の担当分) について、評価遅れ・期限到来・記録なし・未割当・未対応の緊急ケースを返します。");
        return api;
    }

    private static async Task<Results<Ok<WorklistResponse>, ProblemHttpResult>> Mine(
        CallerContext caller, WorklistQuery worklist, CancellationToken cancellationToken) =>
        caller.CenterId is null
            ? Problems.NotFound("所属センター")
            : TypedResults.Ok(await worklist.ForAsync(caller.MunicipalityCode, caller.CenterId, caller.Subject, cancellationToken));

    private static async Task<Results<Ok<WorklistResponse>, ProblemHttpResult>> Center(
        CallerContext caller, MunicipalDirectory directory, WorklistQuery worklist, CancellationToken cancellationToken,
        [Description("センター (地域型センター職員は省略可)")] string? centerId = null,
        [Description("職員 (sub)。省略時はセンター全体")] string? assigneeId = null) =>
        directory.ResolveCenter(caller, centerId) is { } center
            ? TypedResults.Ok(await worklist.ForAsync(caller.MunicipalityCode, center, string.IsNullOrEmpty(assigneeId) ? null : assigneeId, cancellationToken))
            : Problems.NotFound("センター");
}
