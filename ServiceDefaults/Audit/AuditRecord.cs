using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.ServiceDefaults.Audit;

/// <summary>One read of a person's personal data: who, when, whose record, through which endpoint, for what purpose.</summary>
public sealed class AuditRecord
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Subject { get; init; }

    public required string MunicipalityCode { get; init; }

    public string? CallerCenterId { get; init; }

    /// <summary>The person whose data was read (a client, a volunteer…), named by the service's own column.</summary>
    public Guid PersonId { get; init; }

    public required string Endpoint { get; init; }

    public required string Purpose { get; init; }
}

internal sealed class AuditRecordConfiguration(string personColumn) : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> audit)
    {
        audit.ToTable(PersonalDataAudit.Table);
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Id).UseIdentityAlwaysColumn();
        audit.Property(a => a.Subject).HasMaxLength(200);
        audit.Property(a => a.MunicipalityCode).HasMaxLength(6);
        audit.Property(a => a.CallerCenterId).HasMaxLength(64);
        audit.Property(a => a.PersonId).HasColumnName(personColumn);
        audit.Property(a => a.Endpoint).HasMaxLength(200);
        audit.Property(a => a.Purpose).HasMaxLength(200);
        audit.HasIndex(a => new { a.MunicipalityCode, a.At });
        audit.HasIndex(a => new { a.PersonId, a.At });
    }
}
