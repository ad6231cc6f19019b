using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HoukatsuCare.ServiceDefaults.OpenApi;

/// <summary>
/// The document's info (Japanese title and description, contact, licence), its server (the gateway: paths carry the
/// public prefix), the bearer scheme of the Identity service's tokens, and the descriptions of its tags.
/// </summary>
internal sealed class DocumentConventions(ServiceApi api, IEnumerable<ApiTag> tags) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = $"HoukatsuCare {api.Title} API",
            Version = "v1",
            Description = $"{api.Description}\n\nゲートウェイ経由で呼び出します。日付は日本時間、年度は 4 月始まりです。エラーは RFC 9457 (application/problem+json) で、入力の誤りは errors が項目名ごとに理由を示します。",
            Contact = new OpenApiContact { Name = "HoukatsuCare 開発チーム" },
            License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-HoukatsuCare" },
        };
        document.Servers = [new OpenApiServer { Url = "/", Description = "ゲートウェイ (パスにサービスの公開プレフィックスを含みます)" }];
        var operations = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).ToList();
        if (operations.Any(o => o.Security is { Count: > 0 }))
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[OpenApiConventions.BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Identity サービスが発行するアクセストークン (クレーム: sub, municipality, center, profession, role, scope)。",
            };
        }
        var descriptions = tags.ToDictionary(t => t.Name, t => t.Description);
        var used = operations.SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).Distinct();
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag
        {
            Name = name,
            Description = descriptions.GetValueOrDefault(name!),
        }));
        return Task.CompletedTask;
    }
}
