using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.DementiaSupport.Cafes;

/// <summary>
/// 認知症カフェ in the registry: where people with dementia, their families, residents and professionals meet
/// (小平市 事業計画 4(11), 入間市 運営方針 Ⅴ6(2)); run by an operator, often with a family association (家族の会).
/// </summary>
public sealed class DementiaCafe : ICenterOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MunicipalityCode { get; init; }

    /// <summary>The center holding or supporting the café.</summary>
    public required string CenterId { get; init; }

    public required string DailyLifeAreaId { get; init; }

    public required string Name { get; set; }

    /// <summary>運営主体 (センター、法人、住民団体…).</summary>
    public required string Operator { get; set; }

    /// <summary>会場.</summary>
    public required string Venue { get; set; }

    /// <summary>開催日程, as the café announces it (e.g. 毎月第2水曜 14:00–16:00).</summary>
    public required string Schedule { get; set; }

    /// <summary>連携団体 (e.g. 認知症と介護を考える家族の会).</summary>
    public IReadOnlyList<string> PartnerOrganizations { get; set; } = [];

    public DateOnly StartedOn { get; init; }

    /// <summary>The day the café stopped; null while it runs.</summary>
    public DateOnly? ClosedOn { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>PostgreSQL xmin.</summary>
    public uint Version { get; private set; }

    /// <summary>Whether a session on <paramref name="day"/> falls while the café runs.</summary>
    public bool RunsOn(DateOnly day) => day >= StartedOn && (ClosedOn is null || day <= ClosedOn);
}

internal sealed class DementiaCafeConfiguration : IEntityTypeConfiguration<DementiaCafe>
{
    public void Configure(EntityTypeBuilder<DementiaCafe> cafe)
    {
        cafe.ToTable("dementia_cafes");
        cafe.HasKey(c => c.Id);
        cafe.Property(c => c.Version).IsRowVersion();
        cafe.Property(c => c.MunicipalityCode).HasMaxLength(6);
        cafe.Property(c => c.CenterId).HasMaxLength(64);
        cafe.Property(c => c.DailyLifeAreaId).HasMaxLength(64);
        cafe.Property(c => c.Name).HasMaxLength(100);
        cafe.Property(c => c.Operator).HasMaxLength(200);
        cafe.Property(c => c.Venue).HasMaxLength(200);
        cafe.Property(c => c.Schedule).HasMaxLength(200);
        cafe.Property(c => c.PartnerOrganizations).HasJsonListConversion();
        cafe.HasIndex(c => new { c.MunicipalityCode, c.CenterId });
    }
}
