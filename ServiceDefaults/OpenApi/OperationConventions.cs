using HoukatsuCare.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HoukatsuCare.ServiceDefaults.OpenApi;

/// <summary>
/// What every operation can answer besides what its endpoint declares: a bearer token on protected operations
/// (401 without one, 403 with one that lacks the role or scope), 400 naming the field for input that cannot be read,
/// 503 with Retry-After while the database is briefly away — all as RFC 9457 problems — and the
/// <c>Idempotency-Key</c> header on creating POSTs.
/// </summary>
internal sealed class OperationConventions : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiConventions.BearerScheme, context.Document)] = [] }];
            await AddProblemAsync(operation, context, StatusCodes.Status401Unauthorized, "トークンがない、または無効です。", cancellationToken);
            await AddProblemAsync(operation, context, StatusCodes.Status403Forbidden, "この操作に必要なロールまたはスコープがありません。", cancellationToken);
        }
        if (context.Description.ParameterDescriptions.Count > 0)
        {
            await AddProblemAsync(operation, context, StatusCodes.Status400BadRequest, "入力を読み取れません。errors が項目名ごとに理由を示します。", cancellationToken, validation: true);
        }
        await AddProblemAsync(operation, context, StatusCodes.Status503ServiceUnavailable, "データベースに一時的に接続できません。Retry-After の秒数の後に再送してください。", cancellationToken);
        if (metadata.OfType<IdempotencyKeyMetadata>().Any())
        {
            await AddProblemAsync(operation, context, StatusCodes.Status409Conflict, "同じ Idempotency-Key のリクエストを処理中です。", cancellationToken);
            await AddProblemAsync(operation, context, StatusCodes.Status422UnprocessableEntity, "この Idempotency-Key は別の内容のリクエストで使用済みです。", cancellationToken, validation: true);
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyFilter.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "再送しても二重に作成しないためのキー (100 文字以内)。同じキーで同じ内容なら最初の応答を返し、別の内容なら 422 になります。",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyFilter.MaxKeyLength },
            });
        }
        foreach (var (status, response) in operation.Responses)
        {
            if (response is OpenApiResponse { Description: var description } concrete && (string.IsNullOrEmpty(description) || description == DefaultDescription(status)))
            {
                concrete.Description = JapaneseDescription(status) ?? description;
            }
        }
    }

    private static async Task AddProblemAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description, CancellationToken cancellationToken, bool validation = false)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }
        var schema = await context.GetOrCreateSchemaAsync(validation ? typeof(HttpValidationProblemDetails) : typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), null, cancellationToken);
        context.Document!.AddComponent(validation ? "HttpValidationProblemDetails" : "ProblemDetails", schema);
        var reference = new OpenApiSchemaReference(validation ? "HttpValidationProblemDetails" : "ProblemDetails", context.Document);
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = reference } },
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "再送まで待つ秒数", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
            };
        }
        operation.Responses[key] = response;
    }

    private static string? DefaultDescription(string status) =>
        int.TryParse(status, out var code) ? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code) : null;

    private static string? JapaneseDescription(string status) => status switch
    {
        "200" => "成功しました。",
        "201" => "作成しました。Location ヘッダーが作成したリソースを示します。",
        "204" => "成功しました (本文なし)。",
        "400" => "入力を読み取れません。errors が項目名ごとに理由を示します。",
        "404" => "見つかりません (参照権限のないものも同じ応答です)。",
        "409" => "現在の状態と矛盾します (他の職員の更新、重複、許されない状態遷移など)。",
        "422" => "入力内容を確認してください。errors が項目名ごとに理由を示します。",
        _ => null,
    };
}
