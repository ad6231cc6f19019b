using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HoukatsuCare.ServiceDefaults.OpenApi;

/// <summary>
/// Types and nullability as the wire has them. Strings pass through our own converter (NUL is refused), which the
/// generator cannot see into, so it leaves them untyped (<c>"nameKana": {}</c>): they are typed here. A property
/// is required when the caller must send it — non-nullable, or marked <see cref="RequiredAttribute"/> — and may be
/// null only when it is nullable and not required.
/// </summary>
internal sealed class SchemaConventions : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null)
        {
            schema.Type = JsonSchemaType.String;
        }
        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 } properties)
        {
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                if (!properties.TryGetValue(property.Name, out var propertySchema))
                {
                    continue;
                }
                var required = IsMarkedRequired(property) || (!CanBeNull(property.PropertyType) && property.AssociatedParameter?.HasDefaultValue != true);
                var nullable = !required && (property.IsSetNullable || property.IsGetNullable) && CanBeNull(property.PropertyType);
                if (propertySchema is OpenApiSchema inline)
                {
                    Constrain(inline, property.AssociatedParameter?.AttributeProvider);
                    Constrain(inline, property.AttributeProvider);
                    properties[property.Name] = Typed(inline, property.PropertyType, nullable);
                }
                schema.Required ??= new HashSet<string>();
                if (required || !nullable)
                {
                    schema.Required.Add(property.Name);
                }
                else
                {
                    schema.Required.Remove(property.Name);
                }
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Fills a property's missing type (a string under our converter) and sets whether null is allowed.</summary>
    private static IOpenApiSchema Typed(OpenApiSchema schema, Type clrType, bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (schema.Type is null && schema.OneOf is null && schema.AllOf is null && schema.AnyOf is null && underlying == typeof(string))
        {
            schema.Type = JsonSchemaType.String;
        }
        if (schema.Type is { } type)
        {
            schema.Type = nullable ? type | JsonSchemaType.Null : type & ~JsonSchemaType.Null;
        }
        else if (!nullable && schema.OneOf is { } oneOf
            && oneOf.Where(s => s is not OpenApiSchema { Type: JsonSchemaType.Null }).ToList() is [var only])
        {
            // { oneOf: [ {type: null}, Enum ] } for a required enum: the enum alone (it carries the description)
            return only;
        }
        return schema;
    }

    /// <summary>The limits validation enforces, so a generated client can check them before sending.</summary>
    private static void Constrain(OpenApiSchema schema, ICustomAttributeProvider? provider)
    {
        if (provider is null)
        {
            return;
        }
        foreach (var attribute in provider.GetCustomAttributes(inherit: true))
        {
            switch (attribute)
            {
                case StringLengthAttribute length:
                    schema.MaxLength = length.MaximumLength;
                    schema.MinLength = length.MinimumLength > 0 ? length.MinimumLength : schema.MinLength;
                    break;
                case MaxLengthAttribute max when schema.Type?.HasFlag(JsonSchemaType.Array) == true:
                    schema.MaxItems = max.Length;
                    break;
                case MinLengthAttribute min when schema.Type?.HasFlag(JsonSchemaType.Array) == true:
                    schema.MinItems = min.Length;
                    break;
                case RegularExpressionAttribute regex:
                    schema.Pattern = regex.Pattern;
                    break;
                case RangeAttribute range when range.Minimum is int or double && range.Maximum is int or double:
                    schema.Minimum = Convert.ToString(range.Minimum, System.Globalization.CultureInfo.InvariantCulture);
                    schema.Maximum = Convert.ToString(range.Maximum, System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }
    }

    private static bool IsMarkedRequired(JsonPropertyInfo property) =>
        property.IsRequired
        || Attribute<RequiredAttribute>(property.AttributeProvider)
        || Attribute<RequiredAttribute>(property.AssociatedParameter?.AttributeProvider);

    private static bool Attribute<T>(ICustomAttributeProvider? provider) where T : Attribute =>
        provider?.IsDefined(typeof(T), inherit: true) == true;

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}
