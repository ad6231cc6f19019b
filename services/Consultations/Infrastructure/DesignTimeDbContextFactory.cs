using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HoukatsuCare.Consultations.Infrastructure;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the host (which needs a database,
/// a broker and token settings). Never used at run time; no connection is opened.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ConsultationsDbContext>
{
    public ConsultationsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ConsultationsDbContext>()
        .UseNpgsql("Host=localhost;Database=consultationsdb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
        .UseSnakeCaseNamingConvention()
        .Options);
}
