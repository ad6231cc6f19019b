using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Data;
using HoukatsuCare.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace HoukatsuCare.ServiceDefaults.Tests;

public sealed class RetentionTests
{
    [Fact]
    public void Audit_of_personal_data_reads_cannot_be_configured_below_five_years()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection([new("Retention:AuditReads", "1000.00:00:00")]);

        var error = Assert.Throws<StartupException>(() => builder.AddPersonalDataAudit<DbContext>());

        Assert.Contains("Retention__AuditReads", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_of_personal_data_reads_is_kept_for_ever_unless_configured()
    {
        var rule = new RetentionRule("AuditReads", PersonalDataAudit.Table, "at", DefaultAge: null, MinimumAge: RetentionExtensions.FiveYears);
        var none = new ConfigurationBuilder().Build();
        var sixYears = new ConfigurationBuilder().AddInMemoryCollection([new("Retention:AuditReads", "2200.00:00:00")]).Build();

        Assert.Null(RetentionExtensions.Age(none, rule));
        Assert.Equal(TimeSpan.FromDays(2200), RetentionExtensions.Age(sixYears, rule));
    }

    [Fact]
    public void Stored_idempotent_answers_expire_after_a_day_by_default()
    {
        var rule = new RetentionRule("Idempotency", "idempotency_records", "created_at", TimeSpan.FromHours(24));
        var configured = new ConfigurationBuilder().AddInMemoryCollection([new("Retention:Idempotency", "02:00:00")]).Build();

        Assert.Equal(TimeSpan.FromHours(24), RetentionExtensions.Age(new ConfigurationBuilder().Build(), rule));
        Assert.Equal(TimeSpan.FromHours(2), RetentionExtensions.Age(configured, rule));
    }
}
