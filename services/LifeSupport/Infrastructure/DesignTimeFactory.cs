using HoukatsuCare.ServiceDefaults.Data;

namespace HoukatsuCare.LifeSupport.Infrastructure;

/// <summary>For <c>dotnet ef migrations add</c>; see <see cref="DesignTimeDbContextFactory{TContext}"/>.</summary>
internal sealed class DesignTimeFactory : DesignTimeDbContextFactory<LifeSupportDbContext>;
