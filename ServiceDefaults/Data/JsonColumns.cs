using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.ServiceDefaults.Data;

/// <summary>Lists of small values kept in one jsonb column (contacts, consents, goals, plan actions, attendees…).</summary>
public static class JsonColumns
{
    /// <summary>The serializer settings of jsonb values: the API's names, enums as strings.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Stores an immutable list as jsonb; a replaced list is noticed by content, so it is saved.</summary>
    public static PropertyBuilder<IReadOnlyList<T>> HasJsonListConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property) => property
        .HasColumnType("jsonb")
        .HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            s => JsonSerializer.Deserialize<List<T>>(s, Options) ?? new List<T>(),
            ListComparer<T>());

    /// <summary>Compares immutable list values by content so EF notices a replaced list.</summary>
    public static ValueComparer<IReadOnlyList<T>> ListComparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
        v => v.ToList());
}
