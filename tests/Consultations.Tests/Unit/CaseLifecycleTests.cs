using HoukatsuCare.Consultations.Cases;

namespace HoukatsuCare.Consultations.Tests.Unit;

public sealed class CaseLifecycleTests
{
    private static readonly string[] Reasons = ["主訴解決", "死亡", "転出"];
    private static readonly DateOnly Day = new(2025, 4, 10);
    private static readonly DateTimeOffset Now = new(2025, 4, 10, 1, 0, 0, TimeSpan.Zero);

    private static ConsultationCase NewCase() => new()
    {
        MunicipalityCode = "132110",
        CenterId = "kodaira-center-1",
        OpenedOn = Day,
        Summary = "相談",
    };

    private static TransitionResult Move(ConsultationCase c, CaseStage to, bool plan = false, string? reason = null, string? agency = null) =>
        c.MoveTo(to, new TransitionDetails(Day, reason, agency), plan, Reasons, Now);

    [Fact]
    public void A_received_case_cannot_skip_the_initial_response_and_is_told_where_it_can_go()
    {
        var c = NewCase();
        var result = Move(c, CaseStage.ContinuingSupport, plan: true);
        Assert.Equal(TransitionOutcome.Illegal, result.Outcome);
        Assert.Equal([CaseStage.InitialResponse], result.Allowed);
        Assert.Equal(CaseStage.Received, c.Stage);
    }

    [Fact]
    public void The_initial_response_marks_the_case_as_responded()
    {
        var c = NewCase();
        Assert.Null(c.RespondedAt);
        Assert.Equal(TransitionOutcome.Moved, Move(c, CaseStage.InitialResponse).Outcome);
        Assert.Equal(Now, c.RespondedAt);
    }

    [Fact]
    public void Continuing_support_requires_a_support_plan()
    {
        var c = NewCase();
        Move(c, CaseStage.InitialResponse);
        Assert.Equal(TransitionOutcome.PlanRequired, Move(c, CaseStage.ContinuingSupport, plan: false).Outcome);
        Assert.Equal(CaseStage.InitialResponse, c.Stage);
        Assert.Equal(TransitionOutcome.Moved, Move(c, CaseStage.ContinuingSupport, plan: true).Outcome);
        Assert.Equal(CaseStage.ContinuingSupport, c.Stage);
    }

    [Fact]
    public void Closing_at_the_initial_stage_names_the_agency_and_records_the_standard_reason()
    {
        var c = NewCase();
        Move(c, CaseStage.InitialResponse);
        var missing = Move(c, CaseStage.ClosedAtInitialStage);
        Assert.Equal(("referredAgency", TransitionOutcome.Invalid), (missing.Field, missing.Outcome));
        Assert.Equal(TransitionOutcome.Moved, Move(c, CaseStage.ClosedAtInitialStage, agency: "消費生活センター").Outcome);
        Assert.Equal(CaseLifecycle.InitialStageClosureReason, c.ClosureReason);
        Assert.Equal("消費生活センター", c.ReferredAgency);
        Assert.Equal(Day, c.ClosedOn);
    }

    [Fact]
    public void Closure_needs_a_reason_from_the_municipality_list()
    {
        var c = NewCase();
        Move(c, CaseStage.InitialResponse);
        Move(c, CaseStage.ContinuingSupport, plan: true);
        Assert.Equal("closureReason", Move(c, CaseStage.Closed, reason: "なんとなく").Field);
        Assert.Equal("closureReason", Move(c, CaseStage.Closed).Field);
        Assert.Equal(TransitionOutcome.Moved, Move(c, CaseStage.Closed, reason: "主訴解決").Outcome);
        Assert.False(c.IsOpen);
    }

    [Fact]
    public void A_closed_case_reopens_into_the_initial_response_and_forgets_its_closure()
    {
        var c = NewCase();
        Move(c, CaseStage.InitialResponse);
        Move(c, CaseStage.ContinuingSupport, plan: true);
        Move(c, CaseStage.Closed, reason: "転出");
        Assert.Equal(TransitionOutcome.Illegal, Move(c, CaseStage.Closed, reason: "転出").Outcome);
        Assert.Equal(TransitionOutcome.Moved, Move(c, CaseStage.InitialResponse).Outcome);
        Assert.True(c.IsOpen);
        Assert.Null(c.ClosureReason);
        Assert.Null(c.ClosedOn);
    }

    [Fact]
    public void A_later_note_sets_the_next_action_and_an_older_one_does_not()
    {
        var c = NewCase();
        c.Opened(Now);
        c.RecordContact(Now.AddDays(2), "訪問する", Day.AddDays(5), Now.AddDays(2));
        c.RecordContact(Now.AddDays(1), "電話する", Day.AddDays(3), Now.AddDays(3));
        Assert.Equal("訪問する", c.NextAction);
        Assert.Equal(Now.AddDays(2), c.LastContactAt);
        Assert.Equal(Now.AddDays(2), c.RespondedAt);
    }
}
