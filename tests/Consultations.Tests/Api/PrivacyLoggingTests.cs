using System.Collections.Concurrent;
using HoukatsuCare.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static HoukatsuCare.Consultations.Tests.Callers;

namespace HoukatsuCare.Consultations.Tests.Api;

/// <summary>
/// With every category at Trace and a connection string asking for error detail, a day of work on a client
/// (create, duplicate warning, searches, a bad query value, stale update, case, note) logs none of the client's
/// personal data, neither as typed nor URL-encoded.
/// </summary>
public sealed class PrivacyLoggingTests(PrivacyLoggingTests.TraceLoggedFixture service) : IClassFixture<PrivacyLoggingTests.TraceLoggedFixture>
{
    private static readonly string[] Secrets = ["秘匿", "ヒトク", "ﾋﾄｸ", "ひとく", "小平市秘密町", "042-999-1234", "1321199999", "意向の本文", "主訴の本文", "記録の本文", "次の対応の本文"];

    [Fact]
    public async Task No_name_kana_address_phone_insured_number_or_note_text_reaches_any_log_line()
    {
        var staff = service.As(Center1Staff);
        var body = Requests.Client("秘匿 花子", "ヒトク ハナコ", "1939-09-09");
        body["address"] = "小平市秘密町9-9-9";
        body["phone"] = "042-999-1234";
        body["insuredNumber"] = "1321199999";
        body["intentions"] = "意向の本文";
        var client = await staff.CreateClientAsync(body);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await staff.PostJsonAsync(Requests.Clients, body)).StatusCode);

        foreach (var query in new[] { "q=ﾋﾄｸ", "q=秘匿", "insuredNumber=1321199999", "birthDate=秘匿花子" })
        {
            await staff.GetAsync($"{Requests.Clients}?{string.Join('=', query.Split('=').Select(Uri.EscapeDataString))}");
        }
        await staff.GetAsync($"{Requests.Clients}/{client.Id}");
        body["version"] = client.Version + 1;
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await staff.PutJsonAsync($"{Requests.Clients}/{client.Id}", body)).StatusCode);

        var caseBody = Requests.Case(client.Id);
        caseBody["summary"] = "主訴の本文";
        var consultation = await staff.OpenCaseAsync(caseBody);
        var note = await staff.PostJsonAsync($"{Requests.Cases}/{consultation.Id}/notes",
            new { contactedAt = "2025-04-01T09:00:00+09:00", method = "Phone", participants = "秘匿 花子", content = "記録の本文", nextAction = "次の対応の本文" });
        Assert.Equal(System.Net.HttpStatusCode.Created, note.StatusCode);
        await staff.GetAsync($"{Requests.Cases}/{consultation.Id}/notes");

        var lines = service.Lines.ToList();
        Assert.Contains(lines, line => line.Contains("Executed DbCommand", StringComparison.Ordinal)); // the capture works at Trace
        foreach (var secret in Secrets.SelectMany(s => new[] { s, Uri.EscapeDataString(s) }))
        {
            var leak = lines.FirstOrDefault(line => line.Contains(secret, StringComparison.Ordinal));
            Assert.True(leak is null, $"'{secret}' logged: {leak}");
        }
    }

    [Fact]
    public void The_database_connection_never_asks_for_error_detail()
    {
        var dataSource = service.Services.GetRequiredKeyedService<NpgsqlDataSource>("consultationsdb");
        Assert.False(new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).IncludeErrorDetail);
    }

    public sealed class TraceLoggedFixture : ConsultationsFixture
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string?>> Overrides =>
        [
            new("Logging:LogLevel:Default", "Trace"),
            new("Logging:LogLevel:Microsoft.AspNetCore", "Trace"),
            new("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace"),
            new("ConnectionStrings:consultationsdb", ConnectionString + ";Include Error Detail=true"),
        ];

        protected override ServiceFactory<Program> CreateFactory(Dictionary<string, string?> settings) => new CapturingFactory(settings, Lines);
    }

    private sealed class CapturingFactory(Dictionary<string, string?> settings, ConcurrentQueue<string> lines) : ServiceFactory<Program>(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(lines)));
        }
    }
}
