using System.Text.Json;
using HoukatsuCare.Consultations.Clients;
using Npgsql;
using NpgsqlTypes;

namespace HoukatsuCare.Benchmarks.Consultations;

/// <summary>
/// A city-scale Consultations dataset written straight into the service's schema with binary COPY:
/// ≈45,000 clients of one municipality over five centers/areas, and five fiscal years (FY2021–FY2025) of
/// cases and notes. Deterministic (fixed seed), so runs compare.
/// </summary>
public static class CityDataset
{
    public const string Municipality = "132110";
    public const int Centers = 5;
    public static readonly DateOnly FirstDay = new(2021, 4, 1);
    public static readonly DateOnly LastDay = new(2026, 3, 31);

    public static readonly (string Kanji, string Kana)[] FamilyNames =
    [
        ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"), ("渡辺", "ワタナベ"),
        ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"),
        ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"),
        ("斎藤", "サイトウ"), ("清水", "シミズ"), ("山崎", "ヤマザキ"), ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"),
        ("阿部", "アベ"), ("石川", "イシカワ"), ("山下", "ヤマシタ"), ("中島", "ナカジマ"), ("石井", "イシイ"), ("小川", "オガワ"),
        ("前田", "マエダ"), ("岡田", "オカダ"), ("長谷川", "ハセガワ"), ("藤田", "フジタ"), ("後藤", "ゴトウ"), ("近藤", "コンドウ"),
        ("村上", "ムラカミ"), ("遠藤", "エンドウ"), ("青木", "アオキ"), ("坂本", "サカモト"), ("斉藤", "サイトウ"), ("福田", "フクダ"),
        ("太田", "オオタ"), ("西村", "ニシムラ"), ("藤井", "フジイ"), ("金子", "カネコ"), ("岡本", "オカモト"), ("藤原", "フジワラ"),
        ("中野", "ナカノ"), ("三浦", "ミウラ"), ("原田", "ハラダ"), ("中川", "ナカガワ"), ("松田", "マツダ"), ("竹内", "タケウチ"),
        ("小野", "オノ"), ("田村", "タムラ"), ("中山", "ナカヤマ"), ("和田", "ワダ"), ("石田", "イシダ"), ("森田", "モリタ"),
    ];

    public static readonly (string Kanji, string Kana)[] GivenNames =
    [
        ("清", "キヨシ"), ("博", "ヒロシ"), ("茂", "シゲル"), ("勇", "イサム"), ("実", "ミノル"), ("進", "ススム"), ("正", "タダシ"),
        ("弘", "ヒロシ"), ("明", "アキラ"), ("隆", "タカシ"), ("和夫", "カズオ"), ("正雄", "マサオ"), ("幸子", "サチコ"), ("和子", "カズコ"),
        ("節子", "セツコ"), ("洋子", "ヨウコ"), ("京子", "キョウコ"), ("久子", "ヒサコ"), ("美智子", "ミチコ"), ("恵子", "ケイコ"),
        ("光子", "ミツコ"), ("信子", "ノブコ"), ("悦子", "エツコ"), ("文子", "フミコ"), ("静子", "シズコ"), ("トミ", "トミ"),
        ("ハナ", "ハナ"), ("キヨ", "キヨ"), ("千代", "チヨ"), ("艶子", "ツヤコ"), ("三郎", "サブロウ"), ("一郎", "イチロウ"),
        ("次郎", "ジロウ"), ("孝", "タカシ"), ("昭", "アキラ"), ("豊", "ユタカ"), ("稔", "ミノル"), ("武", "タケシ"), ("修", "オサム"),
        ("登", "ノボル"),
    ];

    private static readonly string[] Routes = ["InPerson", "Phone", "Phone", "Phone", "HomeVisit", "DocumentOrEmail", "Other"];
    private static readonly string[] Consulters = ["Self", "Family", "Family", "WelfareCommissioner", "CareManager", "MedicalInstitution", "Neighbor", "Government", "Other"];
    private static readonly string[] Topics = ["LongTermCareInsurance", "WelfareServices", "Medical", "Dementia", "Abuse", "AdultGuardianship", "ConsumerFraud", "ComplexCase", "Poverty", "Housing", "FamilySupport", "Complaint", "Other"];
    private static readonly string[] CareLevels = Enum.GetNames<CareLevel>();
    private static readonly string[] Households = Enum.GetNames<HouseholdType>();
    private static readonly string[] Reasons = ["主訴解決", "他機関への引継ぎ確認", "死亡", "転出", "施設入所", "本人の拒否"];

    public static string CenterOf(int index) => $"kodaira-center-{index + 1}";

    public static string AreaOf(int index) => $"kodaira-{index + 1}";

    public sealed record Seeded(int Clients, int Cases, int Notes, TimeSpan Elapsed, Guid[] ClientIds);

    public static async Task<Seeded> SeedAsync(string connectionString, int clients, int casesPerYear, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(20250401);
        var clientIds = new Guid[clients];
        var clientCenters = new int[clients];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        var now = DateTimeOffset.UtcNow;
        var noContacts = JsonSerializer.Serialize(Array.Empty<object>());
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY clients (id, municipality_code, center_id, daily_life_area_id, name, name_kana, search_text, kana_key, birth_date, sex, address, insured_number, care_level, household_type, emergency_contacts, related_people, consents, status, created_at, updated_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < clients; i++)
            {
                var family = FamilyNames[random.Next(FamilyNames.Length)];
                var given = GivenNames[random.Next(GivenNames.Length)];
                var center = i % Centers;
                var client = new Client { MunicipalityCode = Municipality, CenterId = CenterOf(center), DailyLifeAreaId = AreaOf(center), Address = "" };
                client.SetNames($"{family.Kanji} {given.Kanji}", $"{family.Kana} {given.Kana}");
                clientIds[i] = Guid.CreateVersion7();
                clientCenters[i] = center;
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(clientIds[i], NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(Municipality, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(client.CenterId, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(client.DailyLifeAreaId, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(client.Name, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(client.NameKana, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(client.SearchText, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(client.KanaKey, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(new DateOnly(1925 + random.Next(35), 1 + random.Next(12), 1 + random.Next(28)), NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(random.Next(2) == 0 ? "Male" : "Female", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync($"小平市{1 + random.Next(5)}丁目{1 + random.Next(30)}-{1 + random.Next(20)}", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync($"13211{i:D5}", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(CareLevels[random.Next(CareLevels.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(Households[random.Next(Households.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(noContacts, NpgsqlDbType.Jsonb, cancellationToken);
                await copy.WriteAsync(noContacts, NpgsqlDbType.Jsonb, cancellationToken);
                await copy.WriteAsync(noContacts, NpgsqlDbType.Jsonb, cancellationToken);
                await copy.WriteAsync("Active", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        var days = LastDay.DayNumber - FirstDay.DayNumber + 1;
        var totalCases = casesPerYear * 5;
        var caseIds = new Guid[totalCases];
        var caseOpened = new DateOnly[totalCases];
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY consultation_cases (id, municipality_code, center_id, daily_life_area_id, client_id, opened_on, route, consulter, topics, urgency, summary, assignee_id, assignee_profession, stage, responded_at, last_contact_at, closed_on, closure_reason, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < totalCases; i++)
            {
                var client = random.Next(clients);
                var opened = FirstDay.AddDays(random.Next(days));
                var openedAt = new DateTimeOffset(opened.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
                var closedOn = opened.AddDays(random.Next(400));
                var closed = closedOn <= LastDay;
                caseIds[i] = Guid.CreateVersion7();
                caseOpened[i] = opened;
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(caseIds[i], NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(Municipality, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(CenterOf(clientCenters[client]), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(AreaOf(clientCenters[client]), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(clientIds[client], NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(opened, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(Routes[random.Next(Routes.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(Consulters[random.Next(Consulters.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(Topics.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(random.Next(20) == 0 ? "High" : "Normal", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync("相談内容の要約", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync($"staff-{clientCenters[client]}-{random.Next(6)}", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync("SocialWorker", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(closed ? (random.Next(3) == 0 ? "ClosedAtInitialStage" : "Closed") : "ContinuingSupport", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(openedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(openedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                if (closed)
                {
                    await copy.WriteAsync(closedOn, NpgsqlDbType.Date, cancellationToken);
                    await copy.WriteAsync(Reasons[random.Next(Reasons.Length)], NpgsqlDbType.Varchar, cancellationToken);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken);
                    await copy.WriteNullAsync(cancellationToken);
                }
                await copy.WriteAsync(openedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        var notes = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY case_notes (id, note_id, version, case_id, contacted_at, method, participants, content, author_id, recorded_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < totalCases; i++)
            {
                var count = random.Next(7); // 0–6 notes, 3 on average
                for (var n = 0; n < count; n++)
                {
                    var id = Guid.CreateVersion7();
                    var at = new DateTimeOffset(caseOpened[i].AddDays(random.Next(120)).ToDateTime(new TimeOnly(1 + random.Next(9), 0)), TimeSpan.Zero);
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                    await copy.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(caseIds[i], NpgsqlDbType.Uuid, cancellationToken);
                    await copy.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                    await copy.WriteAsync("Phone", NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync("本人", NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync("状況を確認し、必要な支援を検討した。", NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync("staff", NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                    notes++;
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }
        return new Seeded(clients, totalCases, notes, started.Elapsed, clientIds);
    }
}
