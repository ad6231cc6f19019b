using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HoukatsuCare.Consultations.Common;

/// <summary>Settings for values kept as jsonb (contacts, related people, consents, plan actions).</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Compares immutable list values by content so EF notices a replaced list.</summary>
    public static ValueComparer<IReadOnlyList<T>> ListComparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
        v => v.ToList());
}
