using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.DementiaSupport.Referrals;

/// <summary>Who the center or the team worked with on a referral (連携先).</summary>
public enum LiaisonPartner
{
    /// <summary>認知症疾患医療センター.</summary>
    DementiaMedicalCenter,

    /// <summary>かかりつけ医.</summary>
    FamilyDoctor,

    /// <summary>認知症サポート医.</summary>
    SupportDoctor,

    /// <summary>介護支援専門員.</summary>
    CareManager,

    /// <summary>その他の関係機関.</summary>
    Other,
}

/// <summary>What the contact was for.</summary>
public enum LiaisonPurpose
{
    /// <summary>受診・鑑別診断の調整.</summary>
    Diagnosis,

    /// <summary>情報共有.</summary>
    InformationSharing,

    /// <summary>治療・ケア方針の相談.</summary>
    TreatmentAndCare,

    /// <summary>チーム員会議への参加.</summary>
    TeamMeeting,

    /// <summary>その他.</summary>
    Other,
}

/// <summary>
/// A contact with the 認知症疾患医療センター, a family doctor or another partner about a referral (入間市 運営方針 Ⅴ6(1):
/// 認知症疾患医療センター、かかりつけ医等との連携). The institution by name; no note about the person.
/// </summary>
public sealed class ReferralLiaison
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ReferralId { get; init; }

    public LiaisonPartner Partner { get; init; }

    /// <summary>機関名 (e.g. ○○病院 認知症疾患医療センター、△△クリニック).</summary>
    public required string Organization { get; init; }

    public LiaisonPurpose Purpose { get; init; }

    public DateOnly ContactedOn { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<InitialSupportReferral>
{
    public void Configure(EntityTypeBuilder<InitialSupportReferral> referral)
    {
        referral.ToTable("initial_support_referrals");
        referral.HasKey(r => r.Id);
        referral.Property(r => r.Version).IsRowVersion();
        referral.Property(r => r.MunicipalityCode).HasMaxLength(6);
        referral.Property(r => r.CenterId).HasMaxLength(64);
        referral.Property(r => r.DailyLifeAreaId).HasMaxLength(64);
        referral.PrimitiveCollection(r => r.Reasons).ElementType().HasConversion<string>();
        referral.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);
        referral.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(40);
        referral.Property(r => r.CreatedBy).HasMaxLength(200);
        referral.Ignore(r => r.LatestStepOn);
        referral.HasIndex(r => new { r.MunicipalityCode, r.ReferredOn });
        // one open referral per case: a second one while the team still works on it is a double entry
        referral.HasIndex(r => r.CaseId).IsUnique().HasFilter("stage <> 'Closed'");
    }
}

internal sealed class ReferralLiaisonConfiguration : IEntityTypeConfiguration<ReferralLiaison>
{
    public void Configure(EntityTypeBuilder<ReferralLiaison> liaison)
    {
        liaison.ToTable("referral_liaisons");
        liaison.HasKey(l => l.Id);
        liaison.HasOne<InitialSupportReferral>().WithMany().HasForeignKey(l => l.ReferralId).OnDelete(DeleteBehavior.Cascade);
        liaison.Property(l => l.Partner).HasConversion<string>().HasMaxLength(40);
        liaison.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(40);
        liaison.Property(l => l.Organization).HasMaxLength(200);
        liaison.Property(l => l.CreatedBy).HasMaxLength(200);
        liaison.HasIndex(l => new { l.ReferralId, l.ContactedOn });
    }
}
