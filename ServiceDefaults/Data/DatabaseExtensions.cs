using HoukatsuCare.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace HoukatsuCare.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database, from <c>ConnectionStrings:{connectionName}</c> (as Aspire injects it):
    /// EF Core with snake_case names, a readiness check, and migrations applied before the host takes traffic.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupException(
                $"接続文字列がありません: ConnectionStrings__{connectionName} を設定してください (例: Host=127.0.0.1;Port=5432;Database={connectionName};Username=...;Password=...)。");
        }

        var dataSource = new NpgsqlDataSourceBuilder(WithoutErrorDetail(connectionString))
        {
            Name = connectionName,
        }.EnableDynamicJson().EnableParameterLogging(false).Build();
        builder.Services.AddKeyedSingleton(connectionName, dataSource);
        builder.Services.AddDbContext<TContext>(options => options
            .UseNpgsql(dataSource, ConfigureNpgsql)
            .UseSnakeCaseNamingConvention()
            // parameter values are names, addresses and notes: never in a log line or an exception message
            .EnableSensitiveDataLogging(false));

        builder.Services.AddScoped(sp => new ServiceDbContext(sp.GetRequiredService<TContext>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName, tags: ["ready", "database"]);
        builder.Services.AddHostedService(sp => new DatabaseMigrator<TContext>(sp, connectionName, connectionString, dataSource));
        return builder;
    }

    /// <summary>Npgsql settings shared by the running service and design-time tools (the migrations history table).</summary>
    public static void ConfigureNpgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__ef_migrations_history");

    /// <summary>
    /// A server error's DETAIL quotes the row ("Key (kana_key, birth_date)=(やまだたろう, …)"); with
    /// <c>Include Error Detail</c> it would reach the exception message and the unhandled-exception log, so it is
    /// switched off whatever the configured connection string says.
    /// </summary>
    internal static string WithoutErrorDetail(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { IncludeErrorDetail = false }.ConnectionString;
}
