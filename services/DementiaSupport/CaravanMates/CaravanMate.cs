using HoukatsuCare.ServiceDefaults.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.DementiaSupport.CaravanMates;

/// <summary>
/// キャラバン・メイト: a registered instructor of dementia supporter courses. Registered through a center, but the
/// municipality's roster: a caravan mate teaches courses of any of its centers.
/// </summary>
public sealed class CaravanMate : ICenterOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MunicipalityCode { get; init; }

    /// <summary>The center that registered the caravan mate and keeps in touch with them.</summary>
    public required string CenterId { get; init; }

    public required string Name { get; init; }

    /// <summary>所属 (e.g. 介護事業所、民生委員協議会).</summary>
    public string? Affiliation { get; init; }

    /// <summary>キャラバン・メイト養成研修の修了日 / 登録日.</summary>
    public DateOnly RegisteredOn { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class CaravanMateConfiguration : IEntityTypeConfiguration<CaravanMate>
{
    public void Configure(EntityTypeBuilder<CaravanMate> mate)
    {
        mate.ToTable("caravan_mates");
        mate.HasKey(m => m.Id);
        mate.Property(m => m.MunicipalityCode).HasMaxLength(6);
        mate.Property(m => m.CenterId).HasMaxLength(64);
        mate.Property(m => m.Name).HasMaxLength(100);
        mate.Property(m => m.Affiliation).HasMaxLength(200);
        mate.HasIndex(m => new { m.MunicipalityCode, m.RegisteredOn });
    }
}
