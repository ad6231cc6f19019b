namespace HoukatsuCare.Consultations.Worklist;

/// <summary>Configuration <c>Worklist</c>: after how many days without a note an open case is flagged.</summary>
public sealed class WorklistOptions
{
    public const string SectionName = "Worklist";

    public int NoNoteDays { get; set; } = 14;
}
