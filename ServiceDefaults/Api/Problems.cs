using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HoukatsuCare.ServiceDefaults.Api;

/// <summary>RFC 9457 answers with Japanese titles, each naming what the caller has to change.</summary>
public static class Problems
{
    /// <summary>422: the request was well-formed but a field's value is not acceptable here (unknown area, future date…).</summary>
    public static ProblemHttpResult Unprocessable(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Title = "入力内容を確認してください。",
            Status = StatusCodes.Status422UnprocessableEntity,
        });

    public static ProblemHttpResult Unprocessable(string field, string message) =>
        Unprocessable(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: $"{what}が見つかりません。", statusCode: StatusCodes.Status404NotFound);

    /// <summary>409 for a stale <c>version</c>: someone else saved the record since the caller read it.</summary>
    public static ProblemHttpResult StaleVersion() =>
        TypedResults.Problem(
            title: "他の職員が先に更新しました。",
            detail: "最新の内容を取得し、version を付けて再度保存してください。",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["field"] = "version" });

    public static ProblemHttpResult Conflict(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict, extensions: extensions);
}
