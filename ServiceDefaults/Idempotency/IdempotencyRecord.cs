using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.ServiceDefaults.Idempotency;

/// <summary>
/// A creating POST sent with an <c>Idempotency-Key</c>: stored in the same transaction as what it created,
/// so a retry of the same request gets the first answer instead of a second record (and a second event).
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Subject { get; init; }

    public required string Key { get; init; }

    public required string Endpoint { get; init; }

    /// <summary>SHA-256 of the request as bound; the same key with another request is refused.</summary>
    public required string RequestHash { get; init; }

    public int? StatusCode { get; set; }

    public string? Location { get; set; }

    public string? ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("idempotency_records");
        record.HasKey(r => new { r.Subject, r.Key });
        record.Property(r => r.Subject).HasMaxLength(200);
        record.Property(r => r.Key).HasMaxLength(IdempotencyFilter.MaxKeyLength);
        record.Property(r => r.Endpoint).HasMaxLength(200);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.Property(r => r.Location).HasMaxLength(300);
        record.Property(r => r.ResponseBody).HasColumnType("jsonb");
        record.HasIndex(r => r.CreatedAt);
    }
}
