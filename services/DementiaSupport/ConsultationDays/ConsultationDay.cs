using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.DementiaSupport.ConsultationDays;

public enum ConsultationDayStatus
{
    /// <summary>予定 (結果未入力).</summary>
    Scheduled,

    /// <summary>実施済み (結果入力済み).</summary>
    Held,

    /// <summary>中止.</summary>
    Cancelled,
}

/// <summary>
/// 認知症相談会: a day in an area where people worried about dementia and their families can consult (小平市 事業計画
/// 4(9): 各圏域で年1回). Planned ahead, then held (with how many consulted) or cancelled.
/// </summary>
public sealed class ConsultationDay : ICenterOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MunicipalityCode { get; init; }

    public required string CenterId { get; init; }

    public required string DailyLifeAreaId { get; init; }

    public DateOnly HeldOn { get; init; }

    public required string Venue { get; init; }

    /// <summary>協力する専門職・機関 (認知症サポート医、認知症疾患医療センター…).</summary>
    public string? Partners { get; init; }

    public ConsultationDayStatus Status { get; private set; } = ConsultationDayStatus.Scheduled;

    /// <summary>相談者数 (実人数), once held.</summary>
    public int? Consultations { get; private set; }

    /// <summary>医療機関・初期集中支援チーム等につないだ件数, once held.</summary>
    public int? ReferredOnward { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>PostgreSQL xmin.</summary>
    public uint Version { get; private set; }

    public void RecordResult(int consultations, int referredOnward)
    {
        Status = ConsultationDayStatus.Held;
        Consultations = consultations;
        ReferredOnward = referredOnward;
    }

    public void Cancel() => Status = ConsultationDayStatus.Cancelled;
}

internal sealed class ConsultationDayConfiguration : IEntityTypeConfiguration<ConsultationDay>
{
    public void Configure(EntityTypeBuilder<ConsultationDay> day)
    {
        day.ToTable("consultation_days");
        day.HasKey(d => d.Id);
        day.Property(d => d.Version).IsRowVersion();
        day.Property(d => d.MunicipalityCode).HasMaxLength(6);
        day.Property(d => d.CenterId).HasMaxLength(64);
        day.Property(d => d.DailyLifeAreaId).HasMaxLength(64);
        day.Property(d => d.Venue).HasMaxLength(200);
        day.Property(d => d.Partners).HasMaxLength(500);
        day.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        day.HasIndex(d => new { d.MunicipalityCode, d.DailyLifeAreaId, d.HeldOn });
    }
}
