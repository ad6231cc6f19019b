using System.Text.Json;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.Consultations.Plans;

internal sealed class SupportPlanConfiguration : IEntityTypeConfiguration<SupportPlan>
{
    public void Configure(EntityTypeBuilder<SupportPlan> plan)
    {
        plan.ToTable("support_plans");
        plan.HasKey(p => p.Id);
        plan.HasOne<ConsultationCase>().WithOne().HasForeignKey<SupportPlan>(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        plan.Property(p => p.Version).IsRowVersion();
        plan.Property(p => p.Goals).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, ApiJson.Options),
            s => JsonSerializer.Deserialize<List<string>>(s, ApiJson.Options) ?? new List<string>(),
            ApiJson.ListComparer<string>());
        plan.Property(p => p.Actions).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, ApiJson.Options),
            s => JsonSerializer.Deserialize<List<PlanAction>>(s, ApiJson.Options) ?? new List<PlanAction>(),
            ApiJson.ListComparer<PlanAction>());
        plan.Property(p => p.ReviewOutcome).HasMaxLength(4000);
        plan.Property(p => p.UpdatedBy).HasMaxLength(200);
        plan.HasIndex(p => p.ReviewOn);
    }
}
