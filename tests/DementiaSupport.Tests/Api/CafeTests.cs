using System.Net;
using System.Text;
using System.Text.Json;
using HoukatsuCare.DementiaSupport.Cafes;
using HoukatsuCare.TestSupport;
using RabbitMQ.Client;
using static HoukatsuCare.DementiaSupport.Tests.Callers;

namespace HoukatsuCare.DementiaSupport.Tests.Api;

public sealed class CafeTests(DementiaSupportFixture service) : IClassFixture<DementiaSupportFixture>
{
    private const string SessionHeldExchange = "HoukatsuCare.Contracts.Events:DementiaCafeSessionHeld";

    [Fact]
    public async Task A_session_records_attendance_by_kind_and_sex_and_its_event_reaches_the_broker_once_with_the_volunteers_ids()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var staff = service.As(Center1Staff);
        var cafe = await staff.CreatedAsync<CafeResponse>(Requests.Cafes, Requests.Cafe());
        Assert.Equal(["認知症と介護を考える家族の会 小平わかばの会"], cafe.PartnerOrganizations);

        // a plain AMQP reader bound to the event's exchange, as any consumer would be
        await using var connection = await new ConnectionFactory { Uri = await TestServers.RabbitMqAsync() }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(SessionHeldExchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = (await channel.QueueDeclareAsync($"dementia-support-test-{Guid.NewGuid():N}", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, SessionHeldExchange, "");

        var volunteer1 = Guid.NewGuid();
        var volunteer2 = Guid.NewGuid();
        var session = await staff.CreatedAsync<CafeSessionResponse>($"{Requests.Cafes}/{cafe.Id}/sessions", Requests.Session("2025-06-11",
            new[] { new { volunteerId = volunteer1, hours = 2.5m }, new { volunteerId = volunteer2, hours = 1.0m } }));
        Assert.Equal(20, session.AttendanceTotal);
        Assert.Equal(8, session.Attendance.Single(a => a.Kind == AttendeeKind.Resident).Total);
        Assert.Equal("kodaira-1", session.DailyLifeAreaId);

        Assert.Equal(
            ["HoukatsuCare.Contracts.Events.DementiaCafeSessionHeld", "HoukatsuCare.Contracts.Events.DementiaCafeActivityRecorded", "HoukatsuCare.Contracts.Events.DementiaCafeActivityRecorded"],
            await service.StringsAsync("SELECT message_type FROM outbox_messages WHERE aggregate_id = @id ORDER BY sequence", ("id", session.Id.ToString())));
        var activities = (await service.StringsAsync("SELECT payload::text FROM outbox_messages WHERE aggregate_id = @id AND message_type LIKE '%ActivityRecorded'", ("id", session.Id.ToString())))
            .Select(p => JsonDocument.Parse(p).RootElement).ToList();
        Assert.Equal(session.Helpers.Select(h => h.ActivityId).Order(), activities.Select(a => a.GetProperty("activityId").GetGuid()).Order());
        Assert.All(activities, a => Assert.Equal(session.Id, a.GetProperty("cafeSessionId").GetGuid()));

        var received = new List<JsonElement>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (received.Count == 0 && DateTime.UtcNow < deadline)
        {
            await DrainAsync(channel, queue, session.Id, received);
            await Task.Delay(100);
        }
        await service.AllPublishedAsync();
        await Task.Delay(500);
        await DrainAsync(channel, queue, session.Id, received);
        var held = Assert.Single(received);
        Assert.Equal(cafe.Id, held.GetProperty("cafeId").GetGuid());
        Assert.Equal(20, held.GetProperty("attendance").GetInt32());
        Assert.Equal("2025-06-11", held.GetProperty("heldOn").GetString());
        Assert.Equal([(volunteer1, 2.5m), (volunteer2, 1.0m)],
            held.GetProperty("helpers").EnumerateArray().Select(h => (h.GetProperty("volunteerId").GetGuid(), Hours(h.GetProperty("hours")))));
        Assert.DoesNotContain("わかば", held.GetRawText(), StringComparison.Ordinal);

        // the same café on the same day is a double entry
        var twice = await staff.PostJsonAsync($"{Requests.Cafes}/{cafe.Id}/sessions", Requests.Session("2025-06-11"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(session.Id, (await twice.ProblemAsync()).GetProperty("sessionId").GetGuid());
    }

    [Fact]
    public async Task Attendance_and_helpers_are_checked_before_anything_is_stored()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var staff = service.As(Center1Staff);
        var cafe = await staff.CreatedAsync<CafeResponse>(Requests.Cafes, Requests.Cafe("2025-05-01"));
        var sessions = $"{Requests.Cafes}/{cafe.Id}/sessions";
        var volunteer = Guid.NewGuid();
        var before = await service.StoredRowsAsync();

        var sameKind = Requests.Session();
        sameKind["attendance"] = new[] { new { kind = "Family", male = 1, female = 0 }, new { kind = "Family", male = 0, female = 1 } };
        Assert.Equal(["attendance[1].kind"], await (await staff.PostJsonAsync(sessions, sameKind)).ProblemFieldsAsync());
        var nobody = Requests.Session();
        nobody["attendance"] = new[] { new { kind = "Family", male = 0, female = 0 } };
        Assert.Equal(["attendance"], await (await staff.PostJsonAsync(sessions, nobody)).ProblemFieldsAsync());
        var negative = Requests.Session();
        negative["attendance"] = new[] { new { kind = "Family", male = -1, female = 3 } };
        Assert.Equal(["attendance[0].male"], await (await staff.PostJsonAsync(sessions, negative)).ProblemFieldsAsync());
        Assert.Equal(["helpers[1].volunteerId"], await (await staff.PostJsonAsync(sessions, Requests.Session(helpers: new[] { new { volunteerId = volunteer, hours = 1m }, new { volunteerId = volunteer, hours = 2m } }))).ProblemFieldsAsync());
        Assert.Equal(["helpers[0].hours"], await (await staff.PostJsonAsync(sessions, Requests.Session(helpers: new[] { new { volunteerId = volunteer, hours = 1.3m } }))).ProblemFieldsAsync());
        Assert.Equal(["helpers[0].hours"], await (await staff.PostJsonAsync(sessions, Requests.Session(helpers: new[] { new { volunteerId = volunteer, hours = 13m } }))).ProblemFieldsAsync());
        Assert.Equal(["heldOn"], await (await staff.PostJsonAsync(sessions, Requests.Session("2025-04-30"))).ProblemFieldsAsync());
        Assert.Equal(["heldOn"], await (await staff.PostJsonAsync(sessions, Requests.Session("2025-07-01"))).ProblemFieldsAsync());
        Assert.Equal(before, await service.StoredRowsAsync());
    }

    [Fact]
    public async Task The_registry_is_edited_with_its_version_and_other_centers_cannot_see_or_touch_a_cafe()
    {
        service.Clock.SetToday(new DateOnly(2025, 6, 30));
        var staff = service.As(Center1Staff);
        var cafe = await staff.CreatedAsync<CafeResponse>(Requests.Cafes, Requests.Cafe("2025-04-01"));
        await staff.CreatedAsync<CafeSessionResponse>($"{Requests.Cafes}/{cafe.Id}/sessions", Requests.Session("2025-06-12"));

        object Update(uint version, string? closedOn = null) => new
        {
            name = "オレンジカフェ小川",
            @operator = "NPO法人こだいら",
            venue = "小川西町地域センター",
            schedule = "毎月第3土曜 10:00〜12:00",
            partnerOrganizations = new[] { new { name = "小平わかばの会" } },
            closedOn,
            version,
        };
        var updated = await (await staff.PutJsonAsync($"{Requests.Cafes}/{cafe.Id}", Update(cafe.Version))).ReadAsync<CafeResponse>();
        Assert.Equal("NPO法人こだいら", updated.Operator);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutJsonAsync($"{Requests.Cafes}/{cafe.Id}", Update(cafe.Version))).StatusCode);
        Assert.Equal(["closedOn"], await (await staff.PutJsonAsync($"{Requests.Cafes}/{cafe.Id}", Update(updated.Version, "2025-06-01"))).ProblemFieldsAsync());

        var other = service.As(Center2Staff);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Requests.Cafes}/{cafe.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutJsonAsync($"{Requests.Cafes}/{cafe.Id}", Update(updated.Version))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Requests.Cafes}/{cafe.Id}/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"{Requests.Cafes}/{cafe.Id}/sessions", Requests.Session("2025-06-13"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.As(IrumaStaff).GetAsync($"{Requests.Cafes}/{cafe.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.As(CoreStaff).GetAsync($"{Requests.Cafes}/{cafe.Id}")).StatusCode);
        Assert.Equal(1, await service.CountAsync("SELECT count(*) FROM cafe_sessions WHERE cafe_id = @id", ("id", cafe.Id)));
    }

    /// <summary>MassTransit's serializer writes decimals as strings, to keep their precision.</summary>
    private static decimal Hours(JsonElement hours) =>
        hours.ValueKind == JsonValueKind.String ? decimal.Parse(hours.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : hours.GetDecimal();

    private static async Task DrainAsync(IChannel channel, string queue, Guid sessionId, List<JsonElement> received)
    {
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            // MassTransit's envelope: the event is its "message"; other test classes' sessions may pass by too
            var body = JsonDocument.Parse(Encoding.UTF8.GetString(message.Body.Span)).RootElement.GetProperty("message");
            if (body.GetProperty("sessionId").GetGuid() == sessionId)
            {
                received.Add(body.Clone());
            }
        }
    }
}
