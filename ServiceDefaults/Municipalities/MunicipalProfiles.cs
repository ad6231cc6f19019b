using System.Text.Json;
using System.Text.Json.Serialization;
using HoukatsuCare.ServiceDefaults.Hosting;
using HoukatsuCare.ServiceDefaults.Time;

namespace HoukatsuCare.ServiceDefaults.Municipalities;

/// <summary>
/// Every municipal profile the host was given, loaded and validated once at start.
/// A profile that cannot be read or is inconsistent stops the host with one line naming file and field.
/// </summary>
public sealed class MunicipalProfiles
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private readonly Dictionary<string, MunicipalProfile> byKey;

    public MunicipalProfiles(IEnumerable<MunicipalProfile> profiles)
    {
        All = profiles.OrderBy(p => p.MunicipalityCode).ThenBy(p => p.FiscalYear).ToList();
        byKey = All.ToDictionary(p => p.Key);
    }

    public IReadOnlyList<MunicipalProfile> All { get; }

    public MunicipalProfile? Find(string municipalityCode, int fiscalYear) =>
        byKey.GetValueOrDefault($"{municipalityCode}-{fiscalYear}");

    /// <summary>The profile in force on a date: that fiscal year's, else the latest earlier one.</summary>
    public MunicipalProfile? InForce(string municipalityCode, DateOnly date)
    {
        var fiscalYear = FiscalYear.Of(date);
        return All.Where(p => p.MunicipalityCode == municipalityCode && p.FiscalYear <= fiscalYear)
            .MaxBy(p => p.FiscalYear);
    }

    /// <summary>Loads every <c>*.json</c> in <paramref name="directory"/>; throws <see cref="StartupException"/> naming file and field.</summary>
    public static MunicipalProfiles Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new StartupException($"自治体プロファイルのフォルダ {directory} がありません — Profiles:Path を確認してください。");
        }
        var profiles = new List<MunicipalProfile>();
        var errors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var (profile, error) = Parse(File.ReadAllText(file));
            if (profile is null)
            {
                errors.Add($"{name}: {error}");
                continue;
            }
            errors.AddRange(ProfileValidator.Validate(profile).Select(e => $"{name}: {e}"));
            profiles.Add(profile);
        }
        foreach (var duplicate in profiles.GroupBy(p => p.Key).Where(g => g.Count() > 1))
        {
            errors.Add($"{duplicate.Key}: 同じ市町村・年度のプロファイルが複数あります");
        }
        if (errors.Count > 0)
        {
            var more = errors.Count > 1 ? $" (ほか {errors.Count - 1} 件)" : "";
            throw new StartupException($"自治体プロファイルが不正です: {errors[0]}{more}");
        }
        return new MunicipalProfiles(profiles);
    }

    /// <summary>Reads one profile; a JSON error is reported with the path of the field, e.g. <c>meetingTypes[2].cadence.kind</c>.</summary>
    public static (MunicipalProfile? Profile, string? Error) Parse(string json)
    {
        try
        {
            var profile = JsonSerializer.Deserialize<MunicipalProfile>(json, JsonOptions);
            return profile is null ? (null, "空のプロファイルです") : (profile, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "(root)" : e.Path.TrimStart('$', '.');
            var reason = e.Message.Split(" Path:", 2)[0];
            return (null, $"{field}: {reason}");
        }
    }
}
