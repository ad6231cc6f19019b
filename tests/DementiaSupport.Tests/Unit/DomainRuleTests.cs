using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.ConsultationDays;
using HoukatsuCare.DementiaSupport.Figures;
using HoukatsuCare.DementiaSupport.Referrals;

namespace HoukatsuCare.DementiaSupport.Tests.Unit;

public sealed class DomainRuleTests
{
    [Theory]
    [InlineData(1, 1, 0, false, ComplianceStatus.Met)]
    [InlineData(1, 2, 0, true, ComplianceStatus.Met)]
    [InlineData(1, 0, 1, false, ComplianceStatus.OnTrack)]
    [InlineData(1, 0, 1, true, ComplianceStatus.Behind)]
    [InlineData(1, 0, 0, false, ComplianceStatus.Behind)]
    [InlineData(2, 1, 1, false, ComplianceStatus.OnTrack)]
    [InlineData(2, 1, 0, false, ComplianceStatus.Behind)]
    public void Compliance_is_met_on_track_or_behind(int target, int held, int pending, bool yearOver, ComplianceStatus expected) =>
        Assert.Equal(expected, ConsultationDayCompliance.Evaluate(target, held, pending, yearOver));

    [Fact]
    public void Without_a_target_there_is_no_status() => Assert.Null(ConsultationDayCompliance.Evaluate(null, 3, 0, true));

    [Fact]
    public void A_referral_moves_forward_only_dated_in_order_and_closes_with_an_outcome()
    {
        var today = new DateOnly(2025, 6, 30);
        var referral = new InitialSupportReferral { MunicipalityCode = "132110", CenterId = "c", CaseId = Guid.NewGuid(), ReferredOn = new DateOnly(2025, 5, 1), CreatedBy = "s" };
        Assert.Equal(ReferralMoveOutcome.Illegal, referral.MoveTo(ReferralStage.Intervening, today, null, today).Outcome);
        Assert.Equal("on", referral.MoveTo(ReferralStage.Accepted, new DateOnly(2025, 4, 30), null, today).Field);
        Assert.Equal("on", referral.MoveTo(ReferralStage.Accepted, today.AddDays(1), null, today).Field);
        Assert.Equal("outcome", referral.MoveTo(ReferralStage.Accepted, today, ReferralOutcome.Declined, today).Field);
        Assert.Equal(ReferralStage.Referred, referral.Stage);

        Assert.Equal(ReferralMoveOutcome.Moved, referral.MoveTo(ReferralStage.Accepted, new DateOnly(2025, 5, 3), null, today).Outcome);
        Assert.Equal("outcome", referral.MoveTo(ReferralStage.Closed, today, null, today).Field);
        Assert.Equal(ReferralMoveOutcome.Moved, referral.MoveTo(ReferralStage.Closed, new DateOnly(2025, 5, 10), ReferralOutcome.NotEligible, today).Outcome);
        Assert.Equal(new ReferralDurations(2, null, null, 9, 9), referral.Durations(today));
        Assert.Empty(ReferralLifecycle.AllowedFrom(referral.Stage));
    }

    [Fact]
    public void A_period_is_a_fiscal_year_or_one_of_its_months()
    {
        Assert.Equal(new Period(2025, new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), null), Period.Of(2025, null));
        Assert.Equal(new Period(2025, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), "2026-02"), Period.Of(2025, "2026-02"));
        Assert.Null(Period.Of(2025, "2025-03"));
        Assert.Null(Period.Of(2025, "2026-4"));
        Assert.Null(Period.Of(2025, "garbage"));
    }

    [Fact]
    public void Stage_durations_average_median_and_max_skip_steps_not_taken()
    {
        Assert.Equal(new StageDuration(4, 5.5, 4.5, 12), StageDuration.Of([3, null, 12, 6, 1]));
        Assert.Equal(new StageDuration(0, null, null, null), StageDuration.Of([null, null]));
    }
}
