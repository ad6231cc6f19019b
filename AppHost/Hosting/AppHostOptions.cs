using Microsoft.Extensions.Configuration;

namespace HoukatsuCare.AppHost.Hosting;

/// <summary>How this run behaves: flags from the command line, the rest from configuration (<c>AppHost:*</c>).</summary>
public sealed record AppHostOptions(
    string RepoRoot,
    string DataDir,
    bool NoBuild,
    string StateFile,
    string BuildConfiguration,
    string DatabasePrefix,
    string? OtlpEndpoint,
    string Environment)
{
    public string LogDir => Path.Combine(DataDir, "logs");

    /// <summary>Splits our own flags (<c>--no-build</c>, <c>--state-file PATH</c>) from configuration arguments.</summary>
    public static (bool NoBuild, string? StateFile, string[] Remaining) ParseFlags(string[] args)
    {
        var rest = new List<string>();
        var noBuild = false;
        string? stateFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--no-build":
                    noBuild = true;
                    break;
                case "--state-file" when i + 1 < args.Length:
                    stateFile = args[++i];
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }
        return (noBuild, stateFile, [.. rest]);
    }

    public static AppHostOptions From(IConfiguration configuration, bool noBuild, string? stateFile)
    {
        var root = configuration["AppHost:RepoRoot"] ?? FindRepoRoot();
        var data = Path.GetFullPath(configuration["AppHost:DataDir"] ?? Path.Combine(root, "AppHost", ".data"));
        return new AppHostOptions(
            root,
            data,
            noBuild,
            Path.GetFullPath(stateFile ?? configuration["AppHost:StateFile"] ?? Path.Combine(data, "state.json")),
            configuration["AppHost:BuildConfiguration"] ?? "Debug",
            configuration["AppHost:DatabasePrefix"] ?? "",
            configuration["OTEL_EXPORTER_OTLP_ENDPOINT"],
            configuration["DOTNET_ENVIRONMENT"] ?? configuration["ASPNETCORE_ENVIRONMENT"] ?? "Development");
    }

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HoukatsuCare.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new AppHostException("リポジトリのルート (HoukatsuCare.sln) が見つかりません: リポジトリ内で実行するか AppHost__RepoRoot を設定してください。");
    }
}

/// <summary>A failure the operator can fix; its message is the one line the AppHost prints before stopping.</summary>
public sealed class AppHostException(string message, int exitCode = 78) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
