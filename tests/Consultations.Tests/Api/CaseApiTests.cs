using System.Net;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.Consultations.Notes;
using HoukatsuCare.Consultations.Worklist;
using static HoukatsuCare.Consultations.Tests.Callers;

namespace HoukatsuCare.Consultations.Tests.Api;

public sealed class CaseApiTests(ConsultationsFixture service) : IClassFixture<ConsultationsFixture>
{
    private Task<List<string>> EventsOf(Guid caseId) => service.StringsAsync(
        "SELECT message_type FROM outbox_messages WHERE aggregate_id = @id ORDER BY sequence", ("id", caseId.ToString()));

    [Fact]
    public async Task The_lifecycle_emits_one_event_per_transition_and_refuses_what_the_rules_forbid()
    {
        var staff = service.As(Center1Staff);
        var client = await staff.CreateClientAsync(Requests.Client("経過 一子", "ケイカ カズコ", "1939-09-09"));
        var opened = await staff.OpenCaseAsync(Requests.Case(client.Id));
        Assert.Equal(CaseStage.Received, opened.Stage);
        Assert.Equal(["HoukatsuCare.Contracts.Events.ConsultationCaseOpened"], await EventsOf(opened.Id));

        var skip = await staff.PostJsonAsync($"{Requests.Cases}/{opened.Id}/transitions", new { to = "Closed", closureReason = "主訴解決", version = opened.Version });
        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        var skipProblem = await skip.ProblemAsync();
        Assert.Equal(["InitialResponse"], skipProblem.GetProperty("allowedTransitions").EnumerateArray().Select(e => e.GetString()));

        var initial = await staff.MoveAsync(opened, CaseStage.InitialResponse);
        var noPlan = await staff.PostJsonAsync($"{Requests.Cases}/{opened.Id}/transitions", new { to = "ContinuingSupport", on = "2025-04-10", version = initial.Version });
        Assert.Equal(HttpStatusCode.Conflict, noPlan.StatusCode);
        Assert.Equal("supportPlan", (await noPlan.ProblemAsync()).GetProperty("field").GetString());

        await staff.SavePlanAsync(opened.Id);
        var continuing = await staff.MoveAsync(initial, CaseStage.ContinuingSupport);

        var badReason = await staff.PostJsonAsync($"{Requests.Cases}/{opened.Id}/transitions", new { to = "Closed", on = "2025-04-10", closureReason = "飽きた", version = continuing.Version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badReason.StatusCode);
        Assert.True((await badReason.ProblemAsync()).GetProperty("errors").TryGetProperty("closureReason", out _));

        var stale = await staff.PostJsonAsync($"{Requests.Cases}/{opened.Id}/transitions", new { to = "Closed", on = "2025-04-10", closureReason = "主訴解決", version = initial.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var closed = await staff.MoveAsync(continuing, CaseStage.Closed, closureReason: "主訴解決");
        Assert.Equal("主訴解決", closed.ClosureReason);
        Assert.Equal(
            ["HoukatsuCare.Contracts.Events.ConsultationCaseOpened", "HoukatsuCare.Contracts.Events.ConsultationCaseEscalated", "HoukatsuCare.Contracts.Events.ConsultationCaseClosed"],
            await EventsOf(opened.Id));

        var payload = (await service.StringsAsync("SELECT payload::text FROM outbox_messages WHERE aggregate_id = @id", ("id", opened.Id.ToString()))).Single(p => p.Contains("closureReason", StringComparison.Ordinal));
        var closedEvent = System.Text.Json.JsonDocument.Parse(payload).RootElement;
        Assert.Equal("132110", closedEvent.GetProperty("municipalityCode").GetString());
        Assert.Equal("kodaira-center-1", closedEvent.GetProperty("centerId").GetString());
        Assert.Equal("主訴解決", closedEvent.GetProperty("closureReason").GetString());
        Assert.DoesNotContain("経過", payload, StringComparison.Ordinal); // no name in an event

        var reopened = await staff.MoveAsync(closed, CaseStage.InitialResponse);
        Assert.Null(reopened.ClosureReason);
        Assert.Equal(3, (await EventsOf(opened.Id)).Count);
    }

    [Fact]
    public async Task Closing_at_the_initial_stage_names_the_agency()
    {
        var staff = service.As(Center1Staff);
        var client = await staff.CreateClientAsync(Requests.Client("紹介 二郎", "ショウカイ ジロウ", "1942-02-02"));
        var initial = await staff.MoveAsync(await staff.OpenCaseAsync(Requests.Case(client.Id)), CaseStage.InitialResponse);

        var noAgency = await staff.PostJsonAsync($"{Requests.Cases}/{initial.Id}/transitions", new { to = "ClosedAtInitialStage", on = "2025-04-10", version = initial.Version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noAgency.StatusCode);
        var closed = await staff.MoveAsync(initial, CaseStage.ClosedAtInitialStage, referredAgency: "小平市消費生活相談室");
        Assert.Equal("情報提供・関係機関紹介", closed.ClosureReason);
        Assert.Equal(2, (await EventsOf(initial.Id)).Count);
    }

    [Fact]
    public async Task Notes_are_shared_in_the_center_corrections_keep_history_and_oversized_notes_are_refused()
    {
        var staff = service.As(Center1Staff);
        var colleague = service.As(Center1Colleague);
        var client = await staff.CreateClientAsync(Requests.Client("記録 三郎", "キロク サブロウ", "1943-03-03"));
        var consultation = await staff.OpenCaseAsync(Requests.Case(client.Id));
        var notesUrl = $"{Requests.Cases}/{consultation.Id}/notes";

        var huge = await staff.PostJsonAsync(notesUrl, new { contactedAt = "2025-04-11T10:00:00+09:00", method = "Phone", participants = "長女", content = new string('あ', 1_000_000) });
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains((await huge.ProblemAsync()).GetProperty("errors").EnumerateObject(), e => e.Name.Equals("content", StringComparison.OrdinalIgnoreCase));
        var wrongMethod = await staff.PostJsonAsync(notesUrl, new { contactedAt = "2025-04-11T10:00:00+09:00", method = "Telepathy", participants = "長女", content = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongMethod.StatusCode);
        Assert.Equal(0, await service.CountAsync("SELECT count(*) FROM case_notes WHERE case_id = @id", ("id", consultation.Id)));

        var note = await (await staff.PostJsonAsync(notesUrl, new
        {
            contactedAt = "2025-04-11T10:00:00+09:00", method = "Phone", participants = "長女", content = "申請書類を説明した。", nextAction = "訪問して申請を支援", nextActionDueOn = "2025-04-18",
        })).ReadAsync<NoteResponse>();

        // the colleague corrects it while the assignee is away
        var corrected = await (await colleague.PutJsonAsync($"{notesUrl}/{note.NoteId}", new
        {
            contactedAt = "2025-04-11T10:00:00+09:00", method = "Phone", participants = "長女", content = "申請書類を郵送で説明した。", nextAction = "訪問して申請を支援", nextActionDueOn = "2025-04-18",
            reason = "説明方法の誤記", correctsVersion = 1,
        })).ReadAsync<NoteResponse>();
        Assert.Equal(2, corrected.Version);
        var stale = await staff.PutJsonAsync($"{notesUrl}/{note.NoteId}", new
        {
            contactedAt = "2025-04-11T10:00:00+09:00", method = "Phone", participants = "長女", content = "上書き", reason = "古い版から", correctsVersion = 1,
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var current = await (await colleague.GetAsync(notesUrl)).ReadAsync<Page<NoteResponse>>();
        Assert.Equal("申請書類を郵送で説明した。", Assert.Single(current.Items).Content);
        var history = await (await staff.GetAsync($"{notesUrl}/{note.NoteId}/history")).ReadAsync<List<NoteResponse>>();
        Assert.Equal(["申請書類を説明した。", "申請書類を郵送で説明した。"], history.Select(h => h.Content));
        Assert.Equal(HttpStatusCode.NotFound, (await service.As(Center2Staff).GetAsync(notesUrl)).StatusCode);
    }

    [Fact]
    public async Task The_worklist_shows_urgent_unresponded_unassigned_and_due_cases_until_they_are_handled()
    {
        var staff = service.As(Center1Staff);
        var client = await staff.CreateClientAsync(Requests.Client("緊急 四郎", "キンキュウ シロウ", "1935-05-05"));
        var today = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd");
        var urgent = await staff.OpenCaseAsync(Requests.Case(client.Id, openedOn: today, urgency: "Emergency"));

        var center = await (await staff.GetAsync("/api/consultations/worklist/center")).ReadAsync<WorklistResponse>();
        Assert.Contains(center.UrgentNotResponded, i => i.CaseId == urgent.Id);
        Assert.Contains(center.Unassigned, i => i.CaseId == urgent.Id);

        var assigned = await (await staff.PutJsonAsync($"{Requests.Cases}/{urgent.Id}/assignee", new { assigneeId = Center1Staff.Subject, profession = "SocialWorker", version = urgent.Version })).ReadAsync<CaseResponse>();
        Assert.Equal(Center1Staff.Subject, assigned.AssigneeId);
        var yesterday = DateTime.UtcNow.AddHours(9).AddDays(-1).ToString("yyyy-MM-dd");
        await (await staff.PostJsonAsync($"{Requests.Cases}/{urgent.Id}/notes", new
        {
            contactedAt = DateTimeOffset.UtcNow.AddMinutes(-5), method = "HomeVisit", participants = "本人", content = "安否確認した。", nextAction = "主治医に連絡", nextActionDueOn = yesterday,
        })).ReadAsync<NoteResponse>();

        var mine = await (await staff.GetAsync("/api/consultations/worklist/mine")).ReadAsync<WorklistResponse>();
        Assert.DoesNotContain(mine.UrgentNotResponded, i => i.CaseId == urgent.Id);
        Assert.Contains(mine.NextActionsDue, i => i.CaseId == urgent.Id && i.DueOn == DateOnly.Parse(yesterday));
        var others = await (await service.As(Center1Colleague).GetAsync("/api/consultations/worklist/mine")).ReadAsync<WorklistResponse>();
        Assert.DoesNotContain(others.NextActionsDue, i => i.CaseId == urgent.Id);
        var byStaffMember = await (await service.As(Center1Colleague).GetAsync($"/api/consultations/worklist/center?assigneeId={Center1Staff.Subject}")).ReadAsync<WorklistResponse>();
        Assert.Contains(byStaffMember.NextActionsDue, i => i.CaseId == urgent.Id);
        var centerAfter = await (await staff.GetAsync("/api/consultations/worklist/center")).ReadAsync<WorklistResponse>();
        Assert.DoesNotContain(centerAfter.Unassigned, i => i.CaseId == urgent.Id);
    }

    [Fact]
    public async Task Cases_that_went_quiet_and_plans_past_review_appear_on_the_worklist()
    {
        var staff = service.As(Center1Staff);
        var client = await staff.CreateClientAsync(Requests.Client("静寂 五郎", "セイジャク ゴロウ", "1934-04-04"));
        var consultation = await staff.OpenCaseAsync(Requests.Case(client.Id, openedOn: "2025-01-10"));
        var initial = await staff.MoveAsync(consultation, CaseStage.InitialResponse);
        await staff.SavePlanAsync(consultation.Id, reviewOn: "2025-03-31");
        await staff.MoveAsync(initial, CaseStage.ContinuingSupport);

        var center = await (await staff.GetAsync("/api/consultations/worklist/center")).ReadAsync<WorklistResponse>();
        Assert.Contains(center.NoRecentNote, i => i.CaseId == consultation.Id);
        Assert.Contains(center.ReviewsOverdue, i => i.CaseId == consultation.Id && i.DueOn == new DateOnly(2025, 3, 31));
    }

    [Fact]
    public async Task Bad_case_input_names_the_field_and_stores_nothing()
    {
        var staff = service.As(Center1Staff);
        var client = await staff.CreateClientAsync(Requests.Client("入力 六郎", "ニュウリョク ロクロウ", "1933-03-03"));
        var eventsBefore = await service.CountAsync("SELECT count(*) FROM outbox_messages");
        var bodies = new (Dictionary<string, object?> Body, string Field)[]
        {
            (Without(Requests.Case(client.Id), "route"), "route"),
            (With(Requests.Case(client.Id), "topics", Array.Empty<string>()), "topics"),
            (With(Requests.Case(client.Id), "topics", new[] { "Gardening" }), "topics"),
            (With(Requests.Case(client.Id), "urgency", "Whenever"), "urgency"),
            (With(Requests.Case(client.Id), "openedOn", "2999-01-01"), "openedOn"),
            (With(Requests.Case(client.Id), "clientId", Guid.NewGuid()), "clientId"),
        };
        foreach (var (body, field) in bodies)
        {
            var response = await staff.PostJsonAsync(Requests.Cases, body);
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{field}: {response.StatusCode}");
            var errors = (await response.ProblemAsync()).GetProperty("errors");
            Assert.Contains(errors.EnumerateObject(), e => e.Name.StartsWith(field, StringComparison.OrdinalIgnoreCase));
        }
        Assert.Equal(0, await service.CountAsync("SELECT count(*) FROM consultation_cases WHERE client_id = @id", ("id", client.Id)));
        Assert.Equal(eventsBefore, await service.CountAsync("SELECT count(*) FROM outbox_messages"));
    }

    [Fact]
    public async Task A_case_of_another_center_is_404_for_every_verb()
    {
        var client = await service.As(Center1Staff).CreateClientAsync(Requests.Client("他所 七子", "タショ ナナコ", "1945-07-07"));
        var consultation = await service.As(Center1Staff).OpenCaseAsync(Requests.Case(client.Id));
        var other = service.As(Center2Staff);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Requests.Cases}/{consultation.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"{Requests.Cases}/{consultation.Id}/transitions", new { to = "InitialResponse", version = consultation.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await other.PostJsonAsync(Requests.Cases, Requests.Case(client.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.As(CoreStaff).GetAsync($"{Requests.Cases}/{consultation.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_plan_is_reviewed_with_its_outcome_and_a_stale_revision_is_refused()
    {
        var staff = service.As(Center1Staff);
        var client = await staff.CreateClientAsync(Requests.Client("計画 八重", "ケイカク ヤエ", "1938-08-08"));
        var consultation = await staff.OpenCaseAsync(Requests.Case(client.Id));
        await staff.SavePlanAsync(consultation.Id);
        var planUrl = $"{Requests.Cases}/{consultation.Id}/plan";
        var plan = await (await staff.GetAsync(planUrl)).ReadAsync<Plans.PlanResponse>();
        Assert.Equal("社会福祉士", Assert.Single(plan.Actions).Owner);

        var again = await staff.PutJsonAsync(planUrl, new { goals = new[] { "別の目標" }, actions = new[] { new { description = "x", owner = "y", dueOn = "2025-05-01" } }, reviewOn = "2025-07-31" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode); // a second plan without version

        var reviewed = await (await staff.PostJsonAsync($"{planUrl}/reviews", new { reviewedOn = "2025-06-30", outcome = "認定申請が済み、サービス利用を開始した。", nextReviewOn = "2025-09-30", version = plan.Version })).ReadAsync<Plans.PlanResponse>();
        Assert.Equal(new DateOnly(2025, 9, 30), reviewed.ReviewOn);
        Assert.Equal(new DateOnly(2025, 6, 30), reviewed.LastReviewedOn);
        Assert.Equal("認定申請が済み、サービス利用を開始した。", reviewed.ReviewOutcome);

        var stale = await staff.PutJsonAsync(planUrl, new { goals = new[] { "古い版からの改訂" }, actions = new[] { new { description = "x", owner = "y", dueOn = "2025-05-01" } }, reviewOn = "2025-07-31", version = plan.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var backwards = await staff.PostJsonAsync($"{planUrl}/reviews", new { reviewedOn = "2025-06-30", outcome = "x", nextReviewOn = "2025-06-01", version = reviewed.Version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, backwards.StatusCode);
    }

    [Fact]
    public async Task Reading_a_case_its_notes_or_its_plan_is_audited_for_the_client()
    {
        var staff = service.As(Center1Staff);
        var client = await staff.CreateClientAsync(Requests.Client("閲覧 九子", "エツラン キュウコ", "1937-09-09"));
        var consultation = await staff.OpenCaseAsync(Requests.Case(client.Id));
        await staff.SavePlanAsync(consultation.Id);

        foreach (var url in new[] { $"{Requests.Cases}/{consultation.Id}", $"{Requests.Cases}/{consultation.Id}/notes", $"{Requests.Cases}/{consultation.Id}/plan" })
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(url)).StatusCode);
        }
        var endpoints = await service.StringsAsync("SELECT endpoint FROM audit_records WHERE client_id = @id ORDER BY id", ("id", client.Id));
        Assert.Equal(
            ["GET /api/consultations/cases/{id:guid}", "GET /api/consultations/cases/{caseId:guid}/notes/", "GET /api/consultations/cases/{caseId:guid}/plan/"],
            endpoints);
    }

    private static Dictionary<string, object?> Without(Dictionary<string, object?> body, string field)
    {
        body.Remove(field);
        return body;
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> body, string field, object value)
    {
        body[field] = value;
        return body;
    }
}
