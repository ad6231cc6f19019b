using System.Text.Json;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Consultations.Plans;

internal sealed class SupportPlanConfiguration : IEntityTypeConfiguration<SupportPlan>
{
    public void Configure(EntityTypeBuilder<SupportPlan> plan)
    {
        plan.ToTable("support_plans");
        plan.HasKey(p => p.Id);
        plan.HasOne<ConsultationCase>().WithOne().HasForeignKey<SupportPlan>(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        plan.Property(p => p.Version).IsRowVersion();
        plan.Property(p => p.Goals).HasJsonListConversion();
        plan.Property(p => p.Actions).HasJsonListConversion();
        plan.Property(p => p.ReviewOutcome).HasMaxLength(4000);
        plan.Property(p => p.UpdatedBy).HasMaxLength(200);
        plan.HasIndex(p => p.ReviewOn);
    }
}
