using System.Diagnostics;
using System.Net;
using System.Text.Json;
using HoukatsuCare.TestSupport;

namespace HoukatsuCare.Platform.Tests;

/// <summary>
/// Partners generate clients from each service's OpenAPI document: a standard linter (Redocly CLI, recommended
/// rules, pinned in tools/openapi-lint/package-lock.json) finds no error and no warning in any of them, and every
/// property has a type.
/// </summary>
public sealed class OpenApiLintTests
{
    [Theory]
    [MemberData(nameof(Services.Names), MemberType = typeof(Services))]
    public async Task The_service_document_passes_the_linter_with_no_error_or_warning(string service)
    {
        var settings = await ServiceFactory<object>.SettingsAsync(HoukatsuCare.Contracts.ServiceNames.Database(service));
        using var host = Services.Start(service, settings, out var client);
        using var response = await client.GetAsync($"/api/{service}/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();

        Assert.Empty(UntypedProperties(document));
        var (errors, warnings, report) = await LintAsync(service, document);
        Assert.True(errors == 0 && warnings == 0, $"{service}: {errors} errors, {warnings} warnings\n{report}");
    }

    /// <summary>Schema properties with neither a type nor a reference ("nameKana": {}), which generators type as unknown.</summary>
    private static List<string> UntypedProperties(string document)
    {
        using var json = JsonDocument.Parse(document);
        var untyped = new List<string>();
        if (!json.RootElement.TryGetProperty("components", out var components) || !components.TryGetProperty("schemas", out var schemas))
        {
            return untyped;
        }
        foreach (var schema in schemas.EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("properties", out var properties))
            {
                continue;
            }
            untyped.AddRange(properties.EnumerateObject()
                .Where(p => !new[] { "type", "$ref", "oneOf", "allOf", "anyOf" }.Any(k => p.Value.TryGetProperty(k, out _)))
                .Select(p => $"{schema.Name}.{p.Name}"));
        }
        return untyped;
    }

    private static async Task<(int Errors, int Warnings, string Report)> LintAsync(string service, string document)
    {
        var tool = Path.Combine(RepositoryRoot(), "tools", "openapi-lint");
        var redocly = Path.Combine(tool, "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"{redocly} is missing: scripts/tools.sh installs it (./test.sh runs it)");
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{service}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var start = new ProcessStartInfo(redocly, ["lint", file, "--config", Path.Combine(tool, "redocly.yaml"), "--format", "json"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = tool,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var report = await output;
            using var json = JsonDocument.Parse(report);
            var totals = json.RootElement.GetProperty("totals");
            return (totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32(), report + await errors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HoukatsuCare.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("HoukatsuCare.sln not found above the test's folder");
    }
}
