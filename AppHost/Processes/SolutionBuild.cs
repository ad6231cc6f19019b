using HoukatsuCare.AppHost.Hosting;
using HoukatsuCare.AppHost.Infrastructure;
using HoukatsuCare.AppHost.Resources;

namespace HoukatsuCare.AppHost.Processes;

/// <summary>
/// One <c>dotnet build</c> of exactly the projects this AppHost runs (through a solution filter), so the
/// processes start from fresh binaries without building the tests too.
/// </summary>
public static class SolutionBuild
{
    public static async Task RunAsync(AppHostOptions options, IEnumerable<ProjectResource> projects, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DataDir);
        var filter = Path.Combine(options.DataDir, "apphost.slnf");
        var solution = Path.Combine(options.RepoRoot, "HoukatsuCare.sln");
        var content = System.Text.Json.JsonSerializer.Serialize(new
        {
            solution = new
            {
                path = Path.GetRelativePath(options.DataDir, solution),
                projects = projects.Select(p => p.ProjectPath.Replace('/', '\\')).ToArray(),
            },
        });
        await File.WriteAllTextAsync(filter, content, cancellationToken);
        try
        {
            await SystemUser.RunAsync(["dotnet", "build", filter, "-c", options.BuildConfiguration, "-nologo", "-v", "q", "-clp:ErrorsOnly"],
                null, cancellationToken);
        }
        catch (AppHostException e)
        {
            throw new AppHostException($"ビルドに失敗しました ({e.Message})。`dotnet build HoukatsuCare.sln` で詳細を確認してください。", 1);
        }
    }
}
