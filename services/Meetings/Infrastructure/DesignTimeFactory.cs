using HoukatsuCare.ServiceDefaults.Data;

namespace HoukatsuCare.Meetings.Infrastructure;

/// <summary>For <c>dotnet ef migrations add</c>; see <see cref="DesignTimeDbContextFactory{TContext}"/>.</summary>
internal sealed class DesignTimeFactory : DesignTimeDbContextFactory<MeetingsDbContext>;
