using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using HoukatsuCare.Consultations.Clients;
using HoukatsuCare.Consultations.Figures;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace HoukatsuCare.Benchmarks.Consultations;

/// <summary>
/// Consultations on a city-scale dataset (≈45,000 clients, five fiscal years of cases and notes, seeded by
/// <see cref="CityDataset"/>): opening a case through the API (validation, auth, EF, outbox) against a raw
/// Npgsql insert of the same rows; name search through the API (folding, paging, audit rows) against the raw
/// trigram query; monthly figures through the API against one raw SQL statement computing the same numbers.
/// </summary>
public sealed class ConsultationsScenario : IScenario
{
    private const string Issuer = "https://identity.bench";
    private const string Audience = "houkatsu";
    private const string SigningKey = "consultations-benchmark-signing-key-0123456789";

    public string Name => "consultations";

    public string Description => "case opening, kana search and monthly figures on ≈45,000 clients × 5 fiscal years, API vs raw SQL";

    public async Task<IReadOnlyList<Comparison>> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        // the service's appsettings.json (municipal directory) is copied beside this program
        const string contentRoot = "ASPNETCORE_TEST_CONTENTROOT_HOUKATSUCARE_CONSULTATIONS";
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(contentRoot)))
        {
            Environment.SetEnvironmentVariable(contentRoot, AppContext.BaseDirectory);
        }
        var settings = await ServiceFactory<ConsultationsDbContext>.SettingsAsync("consultationsdb");
        var connectionString = settings["ConnectionStrings:consultationsdb"]!;
        settings["Authentication:Jwt:Issuer"] = Issuer;
        settings["Authentication:Jwt:Audience"] = Audience;
        settings["Authentication:Jwt:SigningKey"] = SigningKey;
        settings["Logging:LogLevel:Default"] = "Warning";
        await using var factory = new ServiceFactory<ConsultationsDbContext>(settings);
        _ = factory.Server; // migrations

        var seeded = await CityDataset.SeedAsync(connectionString, 45_000, 12_000, cancellationToken);
        Console.WriteLine($"  seeded {seeded.Clients:N0} clients, {seeded.Cases:N0} cases, {seeded.Notes:N0} notes in {seeded.Elapsed.TotalSeconds:0.0} s");

        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CoreToken());
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var random = new Random(7);
        var clientIds = seeded.ClientIds;

        // 1. opening a case
        var caseOps = options.Operations;
        var product = await Measurement.RunAsync("consultations: open case via API", caseOps, options.Concurrency, async i =>
        {
            var response = await http.PostAsJsonAsync("/api/consultations/cases", new
            {
                clientId = clientIds[i % clientIds.Length],
                openedOn = "2026-03-02",
                route = "Phone",
                consulter = "Family",
                topics = new[] { "LongTermCareInsurance", "Dementia" },
                urgency = "Normal",
                summary = "介護保険の申請について",
            }, cancellationToken);
            Ensure(response, System.Net.HttpStatusCode.Created);
        });
        var baseline = await Measurement.RunAsync("consultations: raw Npgsql insert case + outbox", caseOps, options.Concurrency, async i =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var id = Guid.CreateVersion7();
            await using var insert = new NpgsqlCommand(
                "INSERT INTO consultation_cases (id, municipality_code, center_id, daily_life_area_id, client_id, opened_on, route, consulter, topics, urgency, summary, stage, last_contact_at, created_at) " +
                "SELECT @id, municipality_code, center_id, daily_life_area_id, id, @opened, 'Phone', 'Family', @topics, 'Normal', @summary, 'Received', now(), now() FROM clients WHERE id = @client; " +
                "INSERT INTO outbox_messages (message_id, message_type, payload, aggregate_id, occurred_at, attempts) VALUES (@event, 'ConsultationCaseOpened', @payload::jsonb, @aggregate, now(), 0)",
                connection, transaction);
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("opened", new DateOnly(2026, 3, 2));
            insert.Parameters.AddWithValue("topics", new[] { "LongTermCareInsurance", "Dementia" });
            insert.Parameters.AddWithValue("summary", "介護保険の申請について");
            insert.Parameters.AddWithValue("client", clientIds[i % clientIds.Length]);
            insert.Parameters.AddWithValue("event", Guid.CreateVersion7());
            insert.Parameters.AddWithValue("payload", JsonSerializer.Serialize(new { caseId = id, centerId = "kodaira-center-1", topics = new[] { "LongTermCareInsurance", "Dementia" } }));
            insert.Parameters.AddWithValue("aggregate", id.ToString());
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        var comparisons = new List<Comparison> { new(product, baseline) };

        // 2. kana search: half-width katakana for the API (folded by the service), the folded form for raw SQL
        var searchOps = Math.Min(options.Operations, 1000);
        var queries = Enumerable.Range(0, searchOps).Select(_ =>
        {
            var family = CityDataset.FamilyNames[random.Next(CityDataset.FamilyNames.Length)];
            var given = CityDataset.GivenNames[random.Next(CityDataset.GivenNames.Length)];
            return random.Next(2) == 0 ? family.Kana : family.Kana + given.Kana[..Math.Min(2, given.Kana.Length)];
        }).ToArray();
        var searchProduct = await Measurement.RunAsync("consultations: kana search via API (page of 20)", searchOps, options.Concurrency, async i =>
        {
            var response = await http.GetAsync($"/api/consultations/clients?q={Uri.EscapeDataString(HalfWidth(queries[i]))}&pageSize=20", cancellationToken);
            Ensure(response, System.Net.HttpStatusCode.OK);
        });
        var searchBaseline = await Measurement.RunAsync("consultations: raw trigram LIKE query (count + page)", searchOps, options.Concurrency, async i =>
        {
            await using var command = dataSource.CreateCommand(
                "SELECT count(*) FROM clients WHERE municipality_code = '132110' AND status = 'Active' AND search_text LIKE @p; " +
                "SELECT id, center_id, daily_life_area_id, name, name_kana, birth_date, insured_number, care_level, household_type, status FROM clients " +
                "WHERE municipality_code = '132110' AND status = 'Active' AND search_text LIKE @p ORDER BY kana_key, id LIMIT 20");
            command.Parameters.AddWithValue("p", "%" + KanaFolding.Fold(queries[i]) + "%");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            do
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                }
            }
            while (await reader.NextResultAsync(cancellationToken));
        });
        comparisons.Add(new(searchProduct, searchBaseline));

        // 3. monthly figures of one center, any month of the five years
        var months = Enumerable.Range(0, 60).Select(m => CityDataset.FirstDay.AddMonths(m)).ToArray();
        await CheckFiguresAgreeAsync(http, dataSource, months[30], cancellationToken);
        var figureOps = Math.Min(options.Operations, 500);
        var figuresProduct = await Measurement.RunAsync("consultations: monthly figures via API", figureOps, options.Concurrency, async i =>
        {
            var response = await http.GetAsync($"/api/consultations/figures/monthly?centerId={CityDataset.CenterOf(i % CityDataset.Centers)}&month={months[i % months.Length]:yyyy-MM}", cancellationToken);
            Ensure(response, System.Net.HttpStatusCode.OK);
        });
        var figuresBaseline = await Measurement.RunAsync("consultations: raw SQL monthly figures", figureOps, options.Concurrency, async i =>
            await RawFiguresAsync(dataSource, CityDataset.CenterOf(i % CityDataset.Centers), months[i % months.Length], cancellationToken));
        comparisons.Add(new(figuresProduct, figuresBaseline));
        return comparisons;
    }

    /// <summary>The same numbers as <c>FiguresQueries.MonthlyAsync</c>, in one statement.</summary>
    private static async Task<string> RawFiguresAsync(NpgsqlDataSource dataSource, string center, DateOnly month, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH c AS (SELECT * FROM consultation_cases WHERE municipality_code = '132110' AND center_id = @center),
                 opened AS (SELECT id, client_id, route, consulter, topics FROM c WHERE opened_on >= @first AND opened_on < @next),
                 noted AS (SELECT c.id, c.client_id, c.opened_on FROM case_notes n JOIN c ON c.id = n.case_id
                           WHERE n.version = 1 AND n.contacted_at >= @from AND n.contacted_at < @until)
            SELECT json_build_object(
              'distinctClients', (SELECT count(DISTINCT client_id) FROM (SELECT client_id FROM opened UNION ALL SELECT client_id FROM noted) x),
              'contacts', (SELECT count(*) FROM opened) + (SELECT count(*) FROM noted),
              'newCases', (SELECT count(*) FROM opened),
              'continuingCases', (SELECT count(DISTINCT id) FROM noted WHERE opened_on < @first),
              'byRoute', (SELECT json_object_agg(route, n) FROM (SELECT route, count(*) n FROM opened GROUP BY route) r),
              'byTopic', (SELECT json_object_agg(t, n) FROM (SELECT unnest(topics) t, count(*) n FROM opened GROUP BY 1) r),
              'closedByReason', (SELECT json_object_agg(closure_reason, n) FROM (SELECT closure_reason, count(*) n FROM c WHERE closed_on >= @first AND closed_on < @next GROUP BY 1) r))::text
            """);
        var next = month.AddMonths(1);
        command.Parameters.AddWithValue("center", center);
        command.Parameters.AddWithValue("first", month);
        command.Parameters.AddWithValue("next", next);
        command.Parameters.AddWithValue("from", new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9)).ToUniversalTime());
        command.Parameters.AddWithValue("until", new DateTimeOffset(next.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9)).ToUniversalTime());
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Refuses to time an API whose figures differ from the raw computation.</summary>
    private static async Task CheckFiguresAgreeAsync(HttpClient http, NpgsqlDataSource dataSource, DateOnly month, CancellationToken cancellationToken)
    {
        var center = CityDataset.CenterOf(0);
        var api = await http.GetFromJsonAsync<MonthlyFigures>($"/api/consultations/figures/monthly?centerId={center}&month={month:yyyy-MM}", cancellationToken);
        using var raw = JsonDocument.Parse(await RawFiguresAsync(dataSource, center, month, cancellationToken));
        var expected = (raw.RootElement.GetProperty("distinctClients").GetInt32(), raw.RootElement.GetProperty("contacts").GetInt32(),
            raw.RootElement.GetProperty("newCases").GetInt32(), raw.RootElement.GetProperty("continuingCases").GetInt32());
        if ((api!.DistinctClients, api.Contacts, api.NewCases, api.ContinuingCases) != expected)
        {
            throw new InvalidOperationException($"figures differ: API {api} vs raw {raw.RootElement}");
        }
        Console.WriteLine($"  figures {center} {month:yyyy-MM}: 実人数 {api.DistinctClients}, 延べ件数 {api.Contacts}, 新規 {api.NewCases}, 継続 {api.ContinuingCases} (API = raw SQL)");
    }

    private static void Ensure(HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {response.Content.ReadAsStringAsync().Result}");
        }
    }

    /// <summary>Full-width katakana as a partner system might send it: half-width (ｶﾀｶﾅ), undone by the service's NFKC.</summary>
    private static string HalfWidth(string katakana)
    {
        const string full = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンャュョッー";
        const string half = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｬｭｮｯｰ";
        var text = new StringBuilder();
        foreach (var c in katakana.Normalize(NormalizationForm.FormD))
        {
            var index = full.IndexOf(c, StringComparison.Ordinal);
            text.Append(c switch
            {
                '\u3099' => "ﾞ",
                '\u309A' => "ﾟ",
                _ when index >= 0 => half[index].ToString(),
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    private static string CoreToken() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity([
            new Claim(HoukatsuClaims.Subject, "bench-core"),
            new Claim(HoukatsuClaims.Municipality, CityDataset.Municipality),
            new Claim(HoukatsuClaims.Center, "kodaira-core"),
            new Claim(HoukatsuClaims.Role, HoukatsuRoles.Core),
        ]),
        Expires = DateTime.UtcNow.AddHours(2),
        SigningCredentials = new SigningCredentials(AuthenticationExtensions.SymmetricKey(SigningKey), SecurityAlgorithms.HmacSha256),
    });
}
