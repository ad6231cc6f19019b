using HoukatsuCare.ServiceDefaults.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HoukatsuCare.ServiceDefaults.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>
    /// <c>Idempotency-Key</c> for this service's creating POSTs, stored in <typeparamref name="TContext"/> (whose model
    /// calls <see cref="AddIdempotencyRecords"/>); stored answers are pruned by the retention service
    /// (<c>Retention:Idempotency</c>, default 24 h: they repeat personal data and must not outlive their purpose).
    /// </summary>
    public static IHostApplicationBuilder AddIdempotency<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        builder.AddRetention<TContext>(new RetentionRule("Idempotency", "idempotency_records", "created_at", TimeSpan.FromHours(24)));
        return builder;
    }

    /// <summary>The <c>idempotency_records</c> table in the service's model.</summary>
    public static ModelBuilder AddIdempotencyRecords(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());

    /// <summary>Marks a creating POST as taking an <c>Idempotency-Key</c>.</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<IdempotencyFilter>().WithMetadata(new IdempotencyKeyMetadata());
}

/// <summary>Marks an endpoint as taking <c>Idempotency-Key</c>, so its OpenAPI operation documents the header.</summary>
public sealed class IdempotencyKeyMetadata;
