using System.Text.Json;
using HoukatsuCare.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Consultations.Clients;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> client)
    {
        client.ToTable("clients");
        client.HasKey(c => c.Id);
        client.Property(c => c.Version).IsRowVersion();
        client.Property(c => c.MunicipalityCode).HasMaxLength(6);
        client.Property(c => c.CenterId).HasMaxLength(64);
        client.Property(c => c.DailyLifeAreaId).HasMaxLength(64);
        client.Property(c => c.Name).HasMaxLength(100);
        client.Property(c => c.NameKana).HasMaxLength(100);
        client.Property(c => c.SearchText).HasMaxLength(210);
        client.Property(c => c.KanaKey).HasMaxLength(100);
        client.Property(c => c.Address).HasMaxLength(300);
        client.Property(c => c.Phone).HasMaxLength(30);
        client.Property(c => c.InsuredNumber).HasMaxLength(10);
        client.Property(c => c.Sex).HasConversion<string>().HasMaxLength(20);
        client.Property(c => c.CareLevel).HasConversion<string>().HasMaxLength(30);
        client.Property(c => c.HouseholdType).HasConversion<string>().HasMaxLength(30);
        client.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        client.Property(c => c.Intentions).HasMaxLength(4000);
        client.Property(c => c.CurrentIssues).HasMaxLength(4000);
        client.Property(c => c.EmergencyContacts).HasJsonListConversion();
        client.Property(c => c.RelatedPeople).HasJsonListConversion();
        client.Property(c => c.Consents).HasJsonListConversion();
        client.Ignore(c => c.IsActive);

        // partial name search on the folded kana/kanji: trigram index, so '%やまだ%' is not a table scan
        client.HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        client.HasIndex(c => new { c.MunicipalityCode, c.KanaKey, c.BirthDate });
        client.HasIndex(c => new { c.MunicipalityCode, c.CenterId, c.DailyLifeAreaId });
        client.HasIndex(c => new { c.MunicipalityCode, c.InsuredNumber });
        client.HasIndex(c => new { c.MunicipalityCode, c.BirthDate });
    }

}
