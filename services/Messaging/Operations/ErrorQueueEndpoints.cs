using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HoukatsuCare.Messaging.Operations;

public sealed record ErrorQueueList(IReadOnlyList<ErrorQueueSummary> Queues);

public sealed record ReplayResult(string Queue, int Replayed);

/// <summary>
/// Operators' view of failed messages on every service:
/// <c>GET /ops/messaging/errors?limit=50</c> and <c>POST /ops/messaging/errors/{queue}/replay</c>.
/// </summary>
internal sealed class ErrorQueueEndpoints : IEndpointContributor
{
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // error messages may quote a payload: only the platform's operators read or replay them, and the endpoints are
        // not routed through the gateway nor part of the partners' OpenAPI documents (services/Messaging/README.md)
        var ops = endpoints.MapGroup("/ops/messaging/errors").ExcludeFromDescription()
            .RequireAuthorization(policy => policy.RequireRole(HoukatsuRoles.Admin));

        ops.MapGet("/", ListAsync)
            .WithSummary("エラーキューのメッセージ一覧")
            .WithDescription("再試行の後にエラーキュー (_error) へ移されたメッセージを、キュー・メッセージID・型・例外メッセージ・失敗時刻とともに返します。メッセージはキューに残ります。");
        ops.MapPost("/{queue}/replay", ReplayAsync)
            .WithSummary("エラーキューのメッセージを再処理")
            .WithDescription("指定したキューのエラーキューにあるメッセージを元のキューへ戻し、再び処理させます。");
    }

    private static async Task<Results<Ok<ErrorQueueList>, ProblemHttpResult>> ListAsync(
        ErrorQueueBrowser browser, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 500)
        {
            return TypedResults.Problem(
                title: "limit は 1〜500 で指定してください。", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["limit"] = ["1〜500 の整数"] } });
        }
        try
        {
            return TypedResults.Ok(new ErrorQueueList(await browser.ListAsync(limit ?? 50, cancellationToken)));
        }
        catch (Exception e) when (IsBrokerUnreachable(e))
        {
            return BrokerUnavailable();
        }
    }

    private static async Task<Results<Ok<ReplayResult>, ProblemHttpResult>> ReplayAsync(
        string queue, ErrorQueueBrowser browser, ErrorQueueRegistry registry, CancellationToken cancellationToken)
    {
        if (!registry.Contains(queue))
        {
            return TypedResults.Problem(
                title: $"キュー {queue} はこのサービスの受信キューではありません。", statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["queues"] = registry.Queues });
        }
        try
        {
            return TypedResults.Ok(new ReplayResult(queue, await browser.ReplayAsync(queue, cancellationToken)));
        }
        catch (Exception e) when (IsBrokerUnreachable(e))
        {
            return BrokerUnavailable();
        }
    }

    private static bool IsBrokerUnreachable(Exception e) =>
        e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or RabbitMQ.Client.Exceptions.AlreadyClosedException
            or System.Net.Sockets.SocketException or IOException;

    private static ProblemHttpResult BrokerUnavailable() => TypedResults.Problem(
        title: "RabbitMQ に接続できません。しばらくしてから再試行してください。", statusCode: StatusCodes.Status503ServiceUnavailable);
}
