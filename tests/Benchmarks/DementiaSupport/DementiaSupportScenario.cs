using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Time;
using HoukatsuCare.TestSupport;
using Npgsql;
using ApiFigures = HoukatsuCare.DementiaSupport.Figures.DementiaSupportFigures;

namespace HoukatsuCare.Benchmarks.DementiaSupport;

/// <summary>
/// DementiaSupport on five fiscal years of a city's programmes (Kodaira's five areas and six centers, seeded in SQL):
/// recording a café session through the API (validation, auth, EF, jsonb, outbox with one event per volunteer) against
/// a raw Npgsql insert of the same rows; the figures the Reports service asks for (a fiscal year or a month, a center or
/// the city) through the API against one raw SQL statement computing the same main numbers.
/// </summary>
public sealed class DementiaSupportScenario : IScenario
{
    private const int Years = 5;

    public string Name => "dementia-support";

    public string Description => "café session recording and report figures on 5 fiscal years of programmes, API vs raw SQL";

    public async Task<IReadOnlyList<Comparison>> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        const string contentRoot = "ASPNETCORE_TEST_CONTENTROOT_HOUKATSUCARE_DEMENTIASUPPORT";
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(contentRoot)))
        {
            Environment.SetEnvironmentVariable(contentRoot, AppContext.BaseDirectory);
        }
        var settings = await ServiceFactory<DementiaSupportDbContext>.SettingsAsync("dementiasupportdb");
        var connectionString = settings["ConnectionStrings:dementiasupportdb"]!;
        settings["Logging:LogLevel:Default"] = "Warning";
        // both paths are measured to the commit of the change and its outbox rows; the relay would only add load
        settings["Messaging:Relay:Enabled"] = "false";
        await using var factory = new ServiceFactory<DementiaSupportDbContext>(settings);
        _ = factory.Server; // migrations

        var today = JapanTime.Today(TimeProvider.System);
        var lastYear = FiscalYear.Of(today) - 1;
        var firstYear = lastYear - Years + 1;
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var started = DateTime.UtcNow;
        var cafes = await SeedAsync(dataSource, FiscalYear.Start(firstYear), FiscalYear.End(lastYear), cancellationToken);
        Console.WriteLine($"  seeded FY{firstYear}–FY{lastYear}: {await CountAsync(dataSource, "supporter_courses"):N0} courses, {await CountAsync(dataSource, "cafe_sessions"):N0} café sessions, " +
            $"{await CountAsync(dataSource, "initial_support_referrals"):N0} referrals, {await CountAsync(dataSource, "orange_team_activities"):N0} Team Orange activities in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");

        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.For(new TestCaller("bench-core", "132110", "kodaira-core", HoukatsuRoles.Core)));

        // 1. recording a café session with two volunteers: cafés A for the API, cafés B for the baseline, one day each;
        // a few unmeasured sessions long ago warm the API up first
        var ops = options.Operations;
        for (var i = 0; i < 20; i++)
        {
            Ensure(await RecordSessionAsync(http, cafes.Api[i % cafes.Api.Count], today.AddDays(-1500 - i), cancellationToken), System.Net.HttpStatusCode.Created);
        }
        var product = await Measurement.RunAsync("dementia-support: record café session via API (+3 events)", ops, options.Concurrency, async i =>
            Ensure(await RecordSessionAsync(http, cafes.Api[i % cafes.Api.Count], today.AddDays(-(i / cafes.Api.Count)), cancellationToken), System.Net.HttpStatusCode.Created));
        var baseline = await Measurement.RunAsync("dementia-support: raw Npgsql insert session + 3 outbox rows", ops, options.Concurrency, async i =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var id = Guid.CreateVersion7();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO cafe_sessions (id, cafe_id, municipality_code, center_id, daily_life_area_id, held_on, attendance, attendance_total, helpers, created_by, created_at)
                SELECT @id, id, municipality_code, center_id, daily_life_area_id, @day, @attendance::jsonb, 18, @helpers::jsonb, 'bench', now() FROM dementia_cafes WHERE id = @cafe;
                INSERT INTO outbox_messages (message_id, message_type, payload, aggregate_id, occurred_at, attempts)
                VALUES (gen_random_uuid(), 'DementiaCafeSessionHeld', @helpers::jsonb, @aggregate, now(), 0),
                       (gen_random_uuid(), 'DementiaCafeActivityRecorded', '{}'::jsonb, @aggregate, now(), 0),
                       (gen_random_uuid(), 'DementiaCafeActivityRecorded', '{}'::jsonb, @aggregate, now(), 0)
                """, connection, transaction);
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("cafe", cafes.Baseline[i % cafes.Baseline.Count]);
            insert.Parameters.AddWithValue("day", today.AddDays(-(i / cafes.Baseline.Count)));
            insert.Parameters.AddWithValue("attendance", """[{"kind":"PersonWithDementia","male":2,"female":3,"unspecified":0},{"kind":"Family","male":1,"female":4,"unspecified":0},{"kind":"Resident","male":2,"female":5,"unspecified":1}]""");
            insert.Parameters.AddWithValue("helpers", JsonSerializer.Serialize(new[] { new { activityId = Guid.NewGuid(), volunteerId = Guid.NewGuid(), hours = 2m }, new { activityId = Guid.NewGuid(), volunteerId = Guid.NewGuid(), hours = 1.5m } }));
            insert.Parameters.AddWithValue("aggregate", id.ToString());
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        var comparisons = new List<Comparison> { new(product, baseline) };

        // 2. report figures: the city's year, or one center's month, across the seeded years
        string? Center(int i) => i % 2 == 0 ? null : $"kodaira-center-{i % 5 + 1}";
        (int Year, string? Month) Period(int i)
        {
            var year = firstYear + i % Years;
            return (year, i % 3 == 0 ? null : $"{FiscalYear.Start(year).AddMonths(i % 12):yyyy-MM}");
        }
        await CheckFiguresAgreeAsync(http, dataSource, lastYear, cancellationToken);
        for (var i = 0; i < 10; i++)
        {
            Ensure(await http.GetAsync($"/api/dementia-support/figures?fiscalYear={firstYear}&centerId={Center(i)}", cancellationToken), System.Net.HttpStatusCode.OK);
        }
        var figureOps = Math.Min(options.Operations, 500);
        var figuresProduct = await Measurement.RunAsync("dementia-support: report figures via API", figureOps, options.Concurrency, async i =>
        {
            var (year, month) = Period(i);
            var response = await http.GetAsync($"/api/dementia-support/figures?fiscalYear={year}&month={month}&centerId={Center(i)}", cancellationToken);
            Ensure(response, System.Net.HttpStatusCode.OK);
        });
        var figuresBaseline = await Measurement.RunAsync("dementia-support: raw SQL report figures", figureOps, options.Concurrency, async i =>
        {
            var (year, month) = Period(i);
            var from = month is null ? FiscalYear.Start(year) : DateOnly.ParseExact(month + "-01", "yyyy-MM-dd");
            var until = month is null ? FiscalYear.End(year) : from.AddMonths(1).AddDays(-1);
            await RawFiguresAsync(dataSource, Center(i), from, until, cancellationToken);
        });
        comparisons.Add(new(figuresProduct, figuresBaseline));
        return comparisons;
    }

    private static Task<HttpResponseMessage> RecordSessionAsync(HttpClient http, Guid cafe, DateOnly day, CancellationToken cancellationToken) =>
        http.PostAsJsonAsync($"/api/dementia-support/cafes/{cafe}/sessions", new
        {
            heldOn = day,
            attendance = new object[]
            {
                new { kind = "PersonWithDementia", male = 2, female = 3 },
                new { kind = "Family", male = 1, female = 4 },
                new { kind = "Resident", male = 2, female = 5, unspecified = 1 },
            },
            helpers = new[] { new { volunteerId = Guid.NewGuid(), hours = 2m }, new { volunteerId = Guid.NewGuid(), hours = 1.5m } },
        }, cancellationToken);

    private sealed record Cafes(IReadOnlyList<Guid> Api, IReadOnlyList<Guid> Baseline);

    /// <summary>Per fiscal year: 250 courses, 30 cafés × 12 sessions, 25 consultation days, 300 referrals, 10 teams × 60 activities, 120 family programs, 1,200 promoter consultations.</summary>
    private static async Task<Cafes> SeedAsync(NpgsqlDataSource dataSource, DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            CREATE TEMP TABLE d AS SELECT g AS n, @from + ((g * 7919) % (@until - @from + 1)) AS day, 'kodaira-center-' || (g % 5 + 1) AS center, 'kodaira-' || (g % 5 + 1) AS area
              FROM generate_series(0, @days * 20) g;
            INSERT INTO supporter_courses (id, municipality_code, center_id, daily_life_area_id, held_on, requesting_organization, audience, instructor_ids, participants, created_by, created_at)
              SELECT gen_random_uuid(), '132110', center, area, day, '自治会', (ARRAY['Residents','Students','Workplace','Government','Other'])[n % 5 + 1], ARRAY[gen_random_uuid()], 10 + n % 90, 'seed', now()
              FROM d WHERE n < 250 * @years;
            INSERT INTO dementia_cafes (id, municipality_code, center_id, daily_life_area_id, name, operator, venue, schedule, partner_organizations, started_on, created_at)
              SELECT gen_random_uuid(), '132110', 'kodaira-center-' || (g % 5 + 1), 'kodaira-' || (g % 5 + 1), 'カフェ' || g, '法人', '公民館', '毎月', '[]', @from, now()
              FROM generate_series(1, 30 + 2 * @cafes) g;
            INSERT INTO cafe_sessions (id, cafe_id, municipality_code, center_id, daily_life_area_id, held_on, attendance, attendance_total, helpers, created_by, created_at)
              SELECT gen_random_uuid(), c.id, c.municipality_code, c.center_id, c.daily_life_area_id, (@from + make_interval(months => m))::date + 10, 
                     '[{"kind":"PersonWithDementia","male":2,"female":3,"unspecified":0},{"kind":"Family","male":1,"female":4,"unspecified":0},{"kind":"Professional","male":0,"female":2,"unspecified":0}]', 12, '[]', 'seed', now()
              FROM (SELECT * FROM dementia_cafes ORDER BY name LIMIT 30) c, generate_series(0, 12 * @years - 1) m;
            INSERT INTO consultation_days (id, municipality_code, center_id, daily_life_area_id, held_on, venue, status, consultations, referred_onward, created_at)
              SELECT gen_random_uuid(), '132110', center, area, day, '公民館', 'Held', 5 + n % 10, n % 3, now() FROM d WHERE n < 25 * @years;
            INSERT INTO initial_support_referrals (id, municipality_code, center_id, daily_life_area_id, case_id, reasons, referred_on, stage, accepted_on, intervention_started_on, closed_on, outcome, created_by, created_at)
              SELECT gen_random_uuid(), '132110', center, area, gen_random_uuid(), ARRAY['NotConnectedToCare'], day,
                     CASE WHEN n % 4 = 0 THEN 'Referred' WHEN n % 4 = 1 THEN 'Accepted' WHEN n % 4 = 2 THEN 'Intervening' ELSE 'Closed' END,
                     CASE WHEN n % 4 > 0 THEN day + 3 + n % 5 END, CASE WHEN n % 4 > 1 THEN day + 10 + n % 7 END,
                     CASE WHEN n % 4 = 3 THEN day + 40 + n % 30 END, CASE WHEN n % 4 = 3 THEN 'ConnectedToMedicalCare' END, 'seed', now()
              FROM d WHERE n < 300 * @years;
            INSERT INTO orange_teams (id, municipality_code, center_id, daily_life_area_id, name, formed_on, life_support_coordinator_ids, created_at)
              SELECT gen_random_uuid(), '132110', 'kodaira-center-' || (g % 5 + 1), 'kodaira-' || (g % 5 + 1), 'チーム' || g, @from, '[]', now() FROM generate_series(1, 10) g;
            INSERT INTO orange_team_members (id, team_id, name, role, joined_on, created_at)
              SELECT gen_random_uuid(), t.id, 'メンバー', 'Member', @from, now() FROM orange_teams t, generate_series(1, 8);
            INSERT INTO orange_team_activities (id, team_id, municipality_code, center_id, "on", kind, people_supported, members_taking_part, created_by, created_at)
              SELECT gen_random_uuid(), t.id, t.municipality_code, t.center_id, d.day, (ARRAY['WatchOver','Companionship','OutingSupport'])[d.n % 3 + 1], 1 + d.n % 3, 2, 'seed', now()
              FROM orange_teams t JOIN d ON d.n % 10 = abs(hashtext(t.name)) % 10 WHERE d.n < 600 * @years;
            INSERT INTO family_programs (id, municipality_code, center_id, daily_life_area_id, kind, held_on, theme, participants, early_onset, created_by, created_at)
              SELECT gen_random_uuid(), '132110', center, area, CASE WHEN n % 2 = 0 THEN 'CaregiverClass' ELSE 'FamilyGathering' END, day, 'テーマ', 5 + n % 20, n % 7 = 0, 'seed', now()
              FROM d WHERE n < 120 * @years;
            INSERT INTO promoter_consultations (id, municipality_code, center_id, daily_life_area_id, consulted_on, consulter, method, topics, early_onset, promoter_id, created_at)
              SELECT gen_random_uuid(), '132110', center, area, day, (ARRAY['Self','Family','Resident','Professional','Other'])[n % 5 + 1], 'Phone', ARRAY['MedicalCare'], n % 11 = 0, 'seed', now()
              FROM d WHERE n < 1200 * @years;
            ANALYZE;
            """);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("until", until);
        command.Parameters.AddWithValue("days", until.DayNumber - from.DayNumber + 1);
        command.Parameters.AddWithValue("years", Years);
        command.Parameters.AddWithValue("cafes", 50);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await using var ids = dataSource.CreateCommand("SELECT id FROM dementia_cafes ORDER BY name OFFSET 30");
        var extra = new List<Guid>();
        await using (var reader = await ids.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                extra.Add(reader.GetGuid(0));
            }
        }
        return new Cafes(extra[..50], extra[50..]);
    }

    /// <summary>The main numbers of <c>FiguresQueries.ComputeAsync</c>, in one statement (compliance per area included).</summary>
    private static async Task<string> RawFiguresAsync(NpgsqlDataSource dataSource, string? center, DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH courses AS (SELECT * FROM supporter_courses WHERE municipality_code = '132110' AND (@center::text IS NULL OR center_id = @center) AND held_on BETWEEN @from AND @until),
                 sessions AS (SELECT * FROM cafe_sessions WHERE municipality_code = '132110' AND (@center::text IS NULL OR center_id = @center) AND held_on BETWEEN @from AND @until),
                 referrals AS (SELECT * FROM initial_support_referrals WHERE municipality_code = '132110' AND (@center::text IS NULL OR center_id = @center) AND referred_on BETWEEN @from AND @until)
            SELECT json_build_object(
              'courses', (SELECT count(*) FROM courses),
              'supporters', (SELECT coalesce(sum(participants), 0) FROM courses),
              'byAudience', (SELECT json_object_agg(audience, s) FROM (SELECT audience, sum(participants) s FROM courses GROUP BY 1) a),
              'byArea', (SELECT json_object_agg(daily_life_area_id, s) FROM (SELECT daily_life_area_id, sum(participants) s FROM courses GROUP BY 1) a),
              'sessions', (SELECT count(*) FROM sessions),
              'attendance', (SELECT coalesce(sum(attendance_total), 0) FROM sessions),
              'byKind', (SELECT json_object_agg(k, s) FROM (SELECT a->>'kind' k, sum((a->>'male')::int + (a->>'female')::int + (a->>'unspecified')::int) s
                         FROM sessions, jsonb_array_elements(attendance) a GROUP BY 1) x),
              'held', (SELECT count(*) FROM consultation_days WHERE municipality_code = '132110' AND (@center::text IS NULL OR center_id = @center) AND status = 'Held' AND held_on BETWEEN @from AND @until),
              'compliance', (SELECT json_object_agg(daily_life_area_id, n) FROM (SELECT daily_life_area_id, count(*) n FROM consultation_days
                         WHERE municipality_code = '132110' AND status <> 'Cancelled' AND held_on BETWEEN @yearFrom AND @yearUntil GROUP BY 1) c),
              'referred', (SELECT count(*) FROM referrals),
              'byStage', (SELECT json_object_agg(stage, n) FROM (SELECT stage, count(*) n FROM referrals GROUP BY 1) s),
              'toClosed', (SELECT json_build_object('avg', avg(closed_on - referred_on), 'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - referred_on), 'max', max(closed_on - referred_on)) FROM referrals WHERE closed_on IS NOT NULL),
              'teams', (SELECT count(*) FROM orange_teams WHERE municipality_code = '132110' AND (@center::text IS NULL OR center_id = @center) AND formed_on <= @until AND (disbanded_on IS NULL OR disbanded_on >= @until)),
              'activities', (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) n FROM orange_team_activities WHERE municipality_code = '132110' AND (@center::text IS NULL OR center_id = @center) AND "on" BETWEEN @from AND @until GROUP BY 1) a),
              'programs', (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) n FROM family_programs WHERE municipality_code = '132110' AND (@center::text IS NULL OR center_id = @center) AND held_on BETWEEN @from AND @until GROUP BY 1) p),
              'consultations', (SELECT json_object_agg(consulter, n) FROM (SELECT consulter, count(*) n FROM promoter_consultations WHERE municipality_code = '132110' AND (@center::text IS NULL OR center_id = @center) AND consulted_on BETWEEN @from AND @until GROUP BY 1) c))::text
            """);
        command.Parameters.AddWithValue("center", (object?)center ?? DBNull.Value).NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text;
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("until", until);
        command.Parameters.AddWithValue("yearFrom", FiscalYear.Start(FiscalYear.Of(from)));
        command.Parameters.AddWithValue("yearUntil", FiscalYear.End(FiscalYear.Of(from)));
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Refuses to time an API whose figures differ from the raw computation.</summary>
    private static async Task CheckFiguresAgreeAsync(HttpClient http, NpgsqlDataSource dataSource, int fiscalYear, CancellationToken cancellationToken)
    {
        var api = (await http.GetFromJsonAsync<ApiFigures>($"/api/dementia-support/figures?fiscalYear={fiscalYear}", JsonOptions, cancellationToken))!;
        using var raw = JsonDocument.Parse(await RawFiguresAsync(dataSource, null, FiscalYear.Start(fiscalYear), FiscalYear.End(fiscalYear), cancellationToken));
        var r = raw.RootElement;
        var expected = (r.GetProperty("courses").GetInt32(), r.GetProperty("supporters").GetInt32(), r.GetProperty("sessions").GetInt32(),
            r.GetProperty("attendance").GetInt32(), r.GetProperty("held").GetInt32(), r.GetProperty("referred").GetInt32());
        var actual = (api.SupporterCourses.Courses, api.SupporterCourses.Supporters, api.Cafes.Sessions, api.Cafes.Attendance, api.ConsultationDays.Held, api.Referrals.Referred);
        if (actual != expected)
        {
            throw new InvalidOperationException($"figures differ: API {actual} vs raw {expected}");
        }
        Console.WriteLine($"  figures FY{fiscalYear}: 講座 {actual.Item1}, サポーター {actual.Item2}, カフェ {actual.Item3} 回 {actual.Item4} 人, 相談会 {actual.Item5}, 依頼 {actual.Item6} (API = raw SQL)");
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string table)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {table}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static void Ensure(HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {response.Content.ReadAsStringAsync().Result}");
        }
    }
}
