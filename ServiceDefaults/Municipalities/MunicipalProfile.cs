using System.Text.Json.Serialization;

namespace HoukatsuCare.ServiceDefaults.Municipalities;

/// <summary>
/// A municipality's plan for one fiscal year (事業計画 / 運営方針) as data: its centers, daily-life areas,
/// meeting types with cadences, closure reasons, numeric targets and reporting deadlines.
/// Values the seed document does not give are marked <c>illustrative</c>.
/// </summary>
public sealed record MunicipalProfile
{
    /// <summary>全国地方公共団体コード: 6 digits, the last a check digit.</summary>
    public required string MunicipalityCode { get; init; }

    public required string Name { get; init; }

    /// <summary>年度 (April–March), e.g. 2019 for 平成31年度.</summary>
    public required int FiscalYear { get; init; }

    /// <summary>The document the profile transcribes, e.g. "平成31年度 地域包括支援センター事業計画(案)".</summary>
    public required string Source { get; init; }

    public required IReadOnlyList<DailyLifeArea> Areas { get; init; }

    public required IReadOnlyList<Center> Centers { get; init; }

    public required IReadOnlyList<ClosureReason> ClosureReasons { get; init; }

    public required IReadOnlyList<MeetingType> MeetingTypes { get; init; }

    public required IReadOnlyList<Target> Targets { get; init; }

    public IReadOnlyList<ReportDeadline> Reports { get; init; } = [];

    [JsonIgnore]
    public string Key => $"{MunicipalityCode}-{FiscalYear}";
}

/// <summary>日常生活圏域.</summary>
public sealed record DailyLifeArea(string Id, string Name, bool Illustrative = false);

public enum CenterKind
{
    /// <summary>基幹型地域包括支援センター.</summary>
    Core,

    /// <summary>地域型.</summary>
    Regional,
}

/// <summary>地域包括支援センター and the areas it covers.</summary>
public sealed record Center(string Id, string Name, CenterKind Kind, IReadOnlyList<string> Areas, bool Illustrative = false);

/// <summary>終結理由 (the municipality's list of closure conditions).</summary>
public sealed record ClosureReason(string Code, string Label, bool Illustrative = false);

public enum Organizer
{
    /// <summary>市.</summary>
    City,

    /// <summary>基幹型地域包括支援センター.</summary>
    CoreCenter,

    /// <summary>各地域包括支援センター.</summary>
    EachCenter,

    /// <summary>医師会.</summary>
    MedicalAssociation,

    /// <summary>第1層は基幹型、第2層は各センター.</summary>
    CoreCenterAndEachCenter,
}

public enum CadenceKind
{
    /// <summary>原則毎月.</summary>
    Monthly,

    /// <summary>年 N 回 (optionally in fixed months).</summary>
    TimesPerYear,

    /// <summary>必要に応じて随時.</summary>
    AsNeeded,
}

/// <summary>How often a meeting type is held: monthly, N times a year (in given months), or as needed.</summary>
public sealed record Cadence(CadenceKind Kind, int? TimesPerYear = null, IReadOnlyList<int>? Months = null, bool AlsoAsNeeded = false, bool AtLeast = false);

/// <summary>会議種別: organizer, cadence, attendees and purpose (機能).</summary>
public sealed record MeetingType(
    string Code,
    string Name,
    Organizer Organizer,
    Cadence Cadence,
    IReadOnlyList<string> Attendees,
    string Purpose,
    string? Section = null,
    string? Note = null,
    bool Illustrative = false);

public enum TargetComparison
{
    AtLeast,
    AtMost,
}

public enum TargetUnit
{
    /// <summary>per center.</summary>
    Center,

    /// <summary>per daily-life area.</summary>
    Area,

    /// <summary>per 3-profession staff member, on average.</summary>
    ProfessionalStaff,

    /// <summary>for the whole municipality.</summary>
    Municipality,
}

public enum TargetPeriod
{
    Month,
    FiscalYear,
}

/// <summary>A number the plan obliges a center to reach, e.g. ≥100 prevention-screening outreach visits per center a year.</summary>
public sealed record Target(
    string Code,
    string Description,
    TargetComparison Comparison,
    decimal Value,
    TargetUnit Per,
    TargetPeriod Period,
    string? MeetingType = null,
    string? Section = null,
    string? Note = null,
    bool Illustrative = false);

/// <summary>A report the centers must hand in, e.g. the annual plan by 2019-04-30.</summary>
public sealed record ReportDeadline(string Code, string Name, string? Due = null, string? Recurrence = null);
