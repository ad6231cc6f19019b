using HoukatsuCare.Contracts;
using HoukatsuCare.Gateway.Routing;

namespace HoukatsuCare.Gateway.Index;

/// <summary>What a partner finds at the gateway's root: every service, where its API and contracts are.</summary>
public sealed record GatewayIndexResponse(
    string Name, string Description, IReadOnlyList<ServiceLink> Services, string AsyncApi, string Health, string GrpcServiceHeader);

public sealed record ServiceLink(string Name, string Api, string OpenApi, string GrpcPackage);

public static class GatewayIndexEndpoints
{
    public const string AsyncApiPath = "/asyncapi/houkatsu-external.yaml";

    public static WebApplication MapGatewayIndex(this WebApplication app)
    {
        var index = new GatewayIndexResponse(
            "HoukatsuCare",
            "地域包括支援センターの業務システムの公開入口です。各サービスの API は /api/{サービス名} 以下にあります。",
            [.. ServiceNames.Services.Select(s => new ServiceLink(
                s, $"/api/{s}", $"/api/{s}/openapi/v1.json", ServiceNames.GrpcPackage(s) + ".*"))],
            AsyncApiPath,
            "/health",
            GatewayRoutes.ServiceHeader);
        app.MapGet("/", () => TypedResults.Ok(index))
            .WithSummary("サービス一覧")
            .WithDescription("ゲートウェイ経由で利用できるサービスと、その API・OpenAPI 文書・gRPC パッケージの場所を返します。");
        return app;
    }

    /// <summary>The AsyncAPI document of the events partners receive (owned by the messaging work, served as-is).</summary>
    public static WebApplication MapAsyncApiDocument(this WebApplication app)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "asyncapi", "houkatsu-external.yaml");
        app.MapGet(AsyncApiPath, () => TypedResults.PhysicalFile(path, "application/yaml; charset=utf-8"))
            .WithSummary("外部向けイベントの AsyncAPI 文書");
        return app;
    }
}
