using HoukatsuCare.ServiceDefaults.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.DementiaSupport.FamilySupport;

public enum FamilyProgramKind
{
    /// <summary>家族介護教室: care methods and prevention for family carers (小平市 事業計画 4(6)).</summary>
    CaregiverClass,

    /// <summary>家族が集える場 (家族のつどい・介護者サロン): to lighten the burden of care at home (入間市 運営方針 Ⅴ6(2)).</summary>
    FamilyGathering,
}

/// <summary>A family caregiver class or a gathering of families held on a day; numbers only.</summary>
public sealed class FamilyProgram : ICenterOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MunicipalityCode { get; init; }

    public required string CenterId { get; init; }

    public required string DailyLifeAreaId { get; init; }

    public FamilyProgramKind Kind { get; init; }

    public DateOnly HeldOn { get; init; }

    /// <summary>テーマ (e.g. 認知症の人への接し方、介護保険の使い方).</summary>
    public required string Theme { get; init; }

    public string? Venue { get; init; }

    /// <summary>共催・協力団体 (家族の会など).</summary>
    public string? PartnerOrganization { get; init; }

    public int Participants { get; init; }

    /// <summary>若年性認知症の本人・家族に向けた回.</summary>
    public bool EarlyOnset { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

public enum PromoterConsulter
{
    /// <summary>本人.</summary>
    Self,

    /// <summary>家族.</summary>
    Family,

    /// <summary>地域住民・民生委員.</summary>
    Resident,

    /// <summary>専門職・関係機関.</summary>
    Professional,

    /// <summary>その他.</summary>
    Other,
}

public enum ConsultationMethod
{
    /// <summary>来所.</summary>
    Office,

    /// <summary>訪問.</summary>
    Visit,

    /// <summary>電話.</summary>
    Phone,

    /// <summary>その他 (メールなど).</summary>
    Other,
}

public enum PromoterTopic
{
    /// <summary>受診・医療.</summary>
    MedicalCare,

    /// <summary>介護サービス.</summary>
    CareServices,

    /// <summary>家族の介護負担.</summary>
    FamilyBurden,

    /// <summary>就労・経済 (若年性認知症など).</summary>
    WorkAndIncome,

    /// <summary>地域での暮らし・見守り.</summary>
    LivingInCommunity,

    /// <summary>社会参加 (カフェ・チームオレンジなど).</summary>
    SocialParticipation,

    /// <summary>その他.</summary>
    Other,
}

/// <summary>
/// A consultation taken by the 認知症地域支援推進員 (入間市 運営方針 Ⅴ6(2): 推進員を中心に…相談支援を行う). Counted by who asked,
/// how and about what; whether it concerned early-onset dementia. No names, no notes: a person needing follow-up is
/// opened as a case in Consultations.
/// </summary>
public sealed class PromoterConsultation : ICenterOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MunicipalityCode { get; init; }

    public required string CenterId { get; init; }

    public required string DailyLifeAreaId { get; init; }

    public DateOnly ConsultedOn { get; init; }

    public PromoterConsulter Consulter { get; init; }

    public ConsultationMethod Method { get; init; }

    public IReadOnlyList<PromoterTopic> Topics { get; init; } = [];

    public bool EarlyOnset { get; init; }

    /// <summary>The promoter (staff <c>sub</c>) who took it.</summary>
    public required string PromoterId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class FamilySupportConfiguration : IEntityTypeConfiguration<FamilyProgram>, IEntityTypeConfiguration<PromoterConsultation>
{
    public void Configure(EntityTypeBuilder<FamilyProgram> program)
    {
        program.ToTable("family_programs");
        program.HasKey(p => p.Id);
        program.Property(p => p.MunicipalityCode).HasMaxLength(6);
        program.Property(p => p.CenterId).HasMaxLength(64);
        program.Property(p => p.DailyLifeAreaId).HasMaxLength(64);
        program.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        program.Property(p => p.Theme).HasMaxLength(200);
        program.Property(p => p.Venue).HasMaxLength(200);
        program.Property(p => p.PartnerOrganization).HasMaxLength(200);
        program.Property(p => p.CreatedBy).HasMaxLength(200);
        program.HasIndex(p => new { p.MunicipalityCode, p.HeldOn });
    }

    public void Configure(EntityTypeBuilder<PromoterConsultation> consultation)
    {
        consultation.ToTable("promoter_consultations");
        consultation.HasKey(c => c.Id);
        consultation.Property(c => c.MunicipalityCode).HasMaxLength(6);
        consultation.Property(c => c.CenterId).HasMaxLength(64);
        consultation.Property(c => c.DailyLifeAreaId).HasMaxLength(64);
        consultation.Property(c => c.Consulter).HasConversion<string>().HasMaxLength(20);
        consultation.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        consultation.PrimitiveCollection(c => c.Topics).ElementType().HasConversion<string>();
        consultation.Property(c => c.PromoterId).HasMaxLength(200);
        consultation.HasIndex(c => new { c.MunicipalityCode, c.ConsultedOn });
    }
}
