using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.DementiaSupport.TeamOrange;

/// <summary>
/// チームオレンジ: trained supporters organised to help people with dementia and their families nearby (入間市 運営方針
/// Ⅴ6(3)), supported by the promoter together with the area's life-support coordinators.
/// </summary>
public sealed class OrangeTeam : ICenterOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MunicipalityCode { get; init; }

    /// <summary>The center supporting the team.</summary>
    public required string CenterId { get; init; }

    public required string DailyLifeAreaId { get; init; }

    public required string Name { get; set; }

    /// <summary>拠点 (地区センター、カフェ…).</summary>
    public string? Base { get; set; }

    public DateOnly FormedOn { get; init; }

    public DateOnly? DisbandedOn { get; set; }

    /// <summary>The life-support coordinators (生活支援コーディネーター) the team works with, by their LifeSupport ids.</summary>
    public IReadOnlyList<string> LifeSupportCoordinatorIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>PostgreSQL xmin.</summary>
    public uint Version { get; private set; }

    public bool ActiveOn(DateOnly day) => day >= FormedOn && (DisbandedOn is null || day <= DisbandedOn);
}

public enum MemberRole
{
    /// <summary>リーダー.</summary>
    Leader,

    /// <summary>メンバー.</summary>
    Member,
}

/// <summary>A supporter in a team; <see cref="SupporterCourseId"/> is the course where they became a supporter, when known.</summary>
public sealed class TeamMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TeamId { get; init; }

    public required string Name { get; init; }

    public MemberRole Role { get; init; }

    public Guid? SupporterCourseId { get; init; }

    public DateOnly JoinedOn { get; init; }

    public DateOnly? LeftOn { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

public enum SupportKind
{
    /// <summary>見守り・声かけ.</summary>
    WatchOver,

    /// <summary>話し相手.</summary>
    Companionship,

    /// <summary>外出支援.</summary>
    OutingSupport,

    /// <summary>買い物・家事の手伝い.</summary>
    ErrandSupport,

    /// <summary>認知症カフェ・集いの場の運営協力.</summary>
    GatheringSupport,

    /// <summary>その他.</summary>
    Other,
}

/// <summary>The support a team gave on a day: what, to how many people, by how many members. No names.</summary>
public sealed class TeamActivity : ICenterOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TeamId { get; init; }

    public required string MunicipalityCode { get; init; }

    public required string CenterId { get; init; }

    public DateOnly On { get; init; }

    public SupportKind Kind { get; init; }

    public int PeopleSupported { get; init; }

    public int MembersTakingPart { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class TeamOrangeConfiguration :
    IEntityTypeConfiguration<OrangeTeam>, IEntityTypeConfiguration<TeamMember>, IEntityTypeConfiguration<TeamActivity>
{
    public void Configure(EntityTypeBuilder<OrangeTeam> team)
    {
        team.ToTable("orange_teams");
        team.HasKey(t => t.Id);
        team.Property(t => t.Version).IsRowVersion();
        team.Property(t => t.MunicipalityCode).HasMaxLength(6);
        team.Property(t => t.CenterId).HasMaxLength(64);
        team.Property(t => t.DailyLifeAreaId).HasMaxLength(64);
        team.Property(t => t.Name).HasMaxLength(100);
        team.Property(t => t.Base).HasMaxLength(200);
        team.Property(t => t.LifeSupportCoordinatorIds).HasJsonListConversion();
        team.HasIndex(t => new { t.MunicipalityCode, t.CenterId });
    }

    public void Configure(EntityTypeBuilder<TeamMember> member)
    {
        member.ToTable("orange_team_members");
        member.HasKey(m => m.Id);
        member.HasOne<OrangeTeam>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        member.Property(m => m.Name).HasMaxLength(100);
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        member.HasIndex(m => m.TeamId);
    }

    public void Configure(EntityTypeBuilder<TeamActivity> activity)
    {
        activity.ToTable("orange_team_activities");
        activity.HasKey(a => a.Id);
        activity.HasOne<OrangeTeam>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Cascade);
        activity.Property(a => a.MunicipalityCode).HasMaxLength(6);
        activity.Property(a => a.CenterId).HasMaxLength(64);
        activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        activity.Property(a => a.CreatedBy).HasMaxLength(200);
        activity.HasIndex(a => new { a.TeamId, a.On });
        activity.HasIndex(a => new { a.MunicipalityCode, a.On });
    }
}
