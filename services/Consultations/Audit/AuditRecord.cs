using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.Consultations.Audit;

/// <summary>One read of a client's personal data: who, when, which client, through which endpoint, for what purpose.</summary>
public sealed class AuditRecord
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Subject { get; init; }

    public required string MunicipalityCode { get; init; }

    public string? CallerCenterId { get; init; }

    public Guid ClientId { get; init; }

    public required string Endpoint { get; init; }

    public required string Purpose { get; init; }
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> audit)
    {
        audit.ToTable("audit_records");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Id).UseIdentityAlwaysColumn();
        audit.Property(a => a.Subject).HasMaxLength(200);
        audit.Property(a => a.MunicipalityCode).HasMaxLength(6);
        audit.Property(a => a.CallerCenterId).HasMaxLength(64);
        audit.Property(a => a.Endpoint).HasMaxLength(200);
        audit.Property(a => a.Purpose).HasMaxLength(200);
        audit.HasIndex(a => new { a.MunicipalityCode, a.At });
        audit.HasIndex(a => new { a.ClientId, a.At });
    }
}
