using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HoukatsuCare.ServiceDefaults.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model without starting the host (which needs a database,
/// a broker and token settings), with the same naming and history table as at run time. Never used at run time;
/// no connection is opened. A service declares <c>sealed class DesignTimeFactory : DesignTimeDbContextFactory&lt;XDbContext&gt;</c>.
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=design-time", DatabaseExtensions.ConfigureNpgsql)
            .UseSnakeCaseNamingConvention()
            .Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
