using HoukatsuCare.Consultations.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.Consultations.Cases;

internal sealed class ConsultationCaseConfiguration : IEntityTypeConfiguration<ConsultationCase>
{
    public void Configure(EntityTypeBuilder<ConsultationCase> consultation)
    {
        consultation.ToTable("consultation_cases");
        consultation.HasKey(c => c.Id);
        consultation.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        consultation.Property(c => c.Version).IsRowVersion();
        consultation.Property(c => c.MunicipalityCode).HasMaxLength(6);
        consultation.Property(c => c.CenterId).HasMaxLength(64);
        consultation.Property(c => c.DailyLifeAreaId).HasMaxLength(64);
        consultation.Property(c => c.Route).HasConversion<string>().HasMaxLength(30);
        consultation.Property(c => c.Consulter).HasConversion<string>().HasMaxLength(30);
        consultation.Property(c => c.Urgency).HasConversion<string>().HasMaxLength(20);
        consultation.Property(c => c.Stage).HasConversion<string>().HasMaxLength(30);
        consultation.Property(c => c.AssigneeProfession).HasConversion<string>().HasMaxLength(40);
        consultation.PrimitiveCollection(c => c.Topics).ElementType().HasConversion<string>();
        consultation.Property(c => c.Summary).HasMaxLength(2000);
        consultation.Property(c => c.AssigneeId).HasMaxLength(200);
        consultation.Property(c => c.NextAction).HasMaxLength(1000);
        consultation.Property(c => c.ClosureReason).HasMaxLength(100);
        consultation.Property(c => c.ReferredAgency).HasMaxLength(200);
        consultation.Ignore(c => c.IsOpen);

        consultation.HasIndex(c => new { c.MunicipalityCode, c.CenterId, c.Stage });
        consultation.HasIndex(c => new { c.CenterId, c.OpenedOn });
        consultation.HasIndex(c => new { c.CenterId, c.ClosedOn });
        consultation.HasIndex(c => new { c.AssigneeId, c.Stage });
        consultation.HasIndex(c => c.ClientId);
    }
}
