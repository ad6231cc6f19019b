using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.DementiaSupport.Cafes;

/// <summary>Who came to a café (参加者の区分).</summary>
public enum AttendeeKind
{
    /// <summary>本人 (認知症の人).</summary>
    PersonWithDementia,

    /// <summary>家族.</summary>
    Family,

    /// <summary>地域住民.</summary>
    Resident,

    /// <summary>専門職.</summary>
    Professional,
}

/// <summary>Attendees of one kind, by sex (男性・女性・未回答).</summary>
public sealed record AttendanceCount(AttendeeKind Kind, int Male, int Female, int Unspecified)
{
    public int Total() => Male + Female + Unspecified;
}

/// <summary>A volunteer who helped, by their VolunteerPoints id; <see cref="ActivityId"/> identifies this help for points.</summary>
public sealed record CafeHelp(Guid ActivityId, Guid VolunteerId, decimal Hours);

/// <summary>One session of a café: attendance by kind and sex, and the volunteers who helped.</summary>
public sealed class CafeSession : ICenterOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CafeId { get; init; }

    public required string MunicipalityCode { get; init; }

    public required string CenterId { get; init; }

    public required string DailyLifeAreaId { get; init; }

    public DateOnly HeldOn { get; init; }

    /// <summary>内容 (ミニ講話、音楽、相談…).</summary>
    public string? Program { get; init; }

    public IReadOnlyList<AttendanceCount> Attendance { get; init; } = [];

    /// <summary>Sum of <see cref="Attendance"/>, kept for counting in SQL.</summary>
    public int AttendanceTotal { get; init; }

    public IReadOnlyList<CafeHelp> Helpers { get; init; } = [];

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class CafeSessionConfiguration : IEntityTypeConfiguration<CafeSession>
{
    public void Configure(EntityTypeBuilder<CafeSession> session)
    {
        session.ToTable("cafe_sessions");
        session.HasKey(s => s.Id);
        session.HasOne<DementiaCafe>().WithMany().HasForeignKey(s => s.CafeId).OnDelete(DeleteBehavior.Restrict);
        session.Property(s => s.MunicipalityCode).HasMaxLength(6);
        session.Property(s => s.CenterId).HasMaxLength(64);
        session.Property(s => s.DailyLifeAreaId).HasMaxLength(64);
        session.Property(s => s.Program).HasMaxLength(500);
        session.Property(s => s.Attendance).HasJsonListConversion();
        session.Property(s => s.Helpers).HasJsonListConversion();
        session.Property(s => s.CreatedBy).HasMaxLength(200);
        // one session a day per café: a second entry of the same day is a double entry, not a second session
        session.HasIndex(s => new { s.CafeId, s.HeldOn }).IsUnique();
        session.HasIndex(s => new { s.MunicipalityCode, s.HeldOn });
    }
}
