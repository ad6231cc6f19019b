using HoukatsuCare.ServiceDefaults.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.DementiaSupport.SupporterCourses;

/// <summary>Who a supporter course was held for (受講対象).</summary>
public enum CourseAudience
{
    /// <summary>住民.</summary>
    Residents,

    /// <summary>小中学生.</summary>
    Students,

    /// <summary>企業・職域.</summary>
    Workplace,

    /// <summary>行政 (市職員など).</summary>
    Government,

    /// <summary>その他.</summary>
    Other,
}

/// <summary>
/// 認知症サポーター養成講座 held by a center at the request of residents or an organisation, taught by registered caravan
/// mates (小平市 事業計画 4(7)); every participant becomes a 認知症サポーター.
/// </summary>
public sealed class SupporterCourse : ICenterOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MunicipalityCode { get; init; }

    /// <summary>The host center.</summary>
    public required string CenterId { get; init; }

    public required string DailyLifeAreaId { get; init; }

    public DateOnly HeldOn { get; init; }

    /// <summary>依頼団体 (自治会、学校、企業…).</summary>
    public required string RequestingOrganization { get; init; }

    public CourseAudience Audience { get; init; }

    public string? Venue { get; init; }

    /// <summary>The caravan mates who taught (ids in the roster).</summary>
    public IReadOnlyList<Guid> InstructorIds { get; init; } = [];

    /// <summary>受講者数 = 養成したサポーター数.</summary>
    public int Participants { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class SupporterCourseConfiguration : IEntityTypeConfiguration<SupporterCourse>
{
    public void Configure(EntityTypeBuilder<SupporterCourse> course)
    {
        course.ToTable("supporter_courses");
        course.HasKey(c => c.Id);
        course.Property(c => c.MunicipalityCode).HasMaxLength(6);
        course.Property(c => c.CenterId).HasMaxLength(64);
        course.Property(c => c.DailyLifeAreaId).HasMaxLength(64);
        course.Property(c => c.RequestingOrganization).HasMaxLength(200);
        course.Property(c => c.Audience).HasConversion<string>().HasMaxLength(20);
        course.Property(c => c.Venue).HasMaxLength(200);
        course.PrimitiveCollection(c => c.InstructorIds);
        course.Property(c => c.CreatedBy).HasMaxLength(200);
        course.HasIndex(c => new { c.MunicipalityCode, c.HeldOn });
        course.HasIndex(c => new { c.CenterId, c.HeldOn });
    }
}
