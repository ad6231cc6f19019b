using HoukatsuCare.DementiaSupport.Cafes;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.ConsultationDays;
using HoukatsuCare.DementiaSupport.FamilySupport;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.DementiaSupport.Referrals;
using HoukatsuCare.DementiaSupport.SupporterCourses;
using HoukatsuCare.DementiaSupport.TeamOrange;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.Figures;

/// <summary>
/// The figures of a period for one center or the whole municipality: what the monthly activity report and the annual
/// report need, answered alike over HTTP and gRPC. Numbers only.
/// </summary>
public sealed class FiguresQueries(DementiaSupportDbContext db, Scopes scopes, TimeProvider clock)
{
    public async Task<DementiaSupportFigures> ComputeAsync(Scope scope, Period period, CancellationToken cancellationToken)
    {
        var today = JapanTime.Today(clock);
        var courses = await SupporterCourseTotalsQuery.ComputeAsync(scope.Apply(db.SupporterCourses.AsNoTracking()), period, scope.Areas, cancellationToken);
        var compliance = await ConsultationDayCompliance.ComputeAsync(
            db.ConsultationDays.AsNoTracking(), scope, scopes.Profile(scope.MunicipalityCode, period.FiscalYear), period.FiscalYear, today, cancellationToken);
        return new DementiaSupportFigures(
            scope.MunicipalityCode, scope.CenterId, period.FiscalYear, FiscalYear.WarekiLabel(period.FiscalYear), period.Month, period.From, period.Until,
            courses,
            await CafesAsync(scope, period, cancellationToken),
            await ConsultationDaysAsync(scope, period, compliance, cancellationToken),
            await ReferralsAsync(scope, period, cancellationToken),
            await TeamOrangeAsync(scope, period, cancellationToken),
            await FamilySupportAsync(scope, period, cancellationToken));
    }

    private async Task<CafeFigures> CafesAsync(Scope scope, Period period, CancellationToken cancellationToken)
    {
        var active = await scope.Apply(db.Cafes.AsNoTracking())
            .CountAsync(c => c.StartedOn <= period.Until && (c.ClosedOn == null || c.ClosedOn >= period.Until), cancellationToken);
        var sessions = await scope.Apply(db.CafeSessions.AsNoTracking())
            .Where(s => s.HeldOn >= period.From && s.HeldOn <= period.Until)
            .Select(s => new { s.Attendance, s.AttendanceTotal, s.Helpers })
            .ToListAsync(cancellationToken);
        var rows = sessions.SelectMany(s => s.Attendance).ToList();
        return new CafeFigures(
            active,
            sessions.Count,
            sessions.Sum(s => s.AttendanceTotal),
            Enum.GetValues<AttendeeKind>().ToDictionary(k => k.ToString(), k => rows.Where(r => r.Kind == k).Sum(r => r.Total())),
            new Dictionary<string, int>
            {
                ["Male"] = rows.Sum(r => r.Male),
                ["Female"] = rows.Sum(r => r.Female),
                ["Unspecified"] = rows.Sum(r => r.Unspecified),
            },
            sessions.Sum(s => s.Helpers.Count));
    }

    private async Task<ConsultationDayFigures> ConsultationDaysAsync(
        Scope scope, Period period, ConsultationDayComplianceResponse compliance, CancellationToken cancellationToken)
    {
        var held = await scope.Apply(db.ConsultationDays.AsNoTracking())
            .Where(d => d.HeldOn >= period.From && d.HeldOn <= period.Until && d.Status == ConsultationDayStatus.Held)
            .GroupBy(d => 1)
            .Select(g => new { Count = g.Count(), Consultations = g.Sum(d => d.Consultations ?? 0), ReferredOnward = g.Sum(d => d.ReferredOnward ?? 0) })
            .SingleOrDefaultAsync(cancellationToken);
        return new ConsultationDayFigures(held?.Count ?? 0, held?.Consultations ?? 0, held?.ReferredOnward ?? 0, compliance);
    }

    private async Task<ReferralFigures> ReferralsAsync(Scope scope, Period period, CancellationToken cancellationToken)
    {
        var referrals = await scope.Apply(db.Referrals.AsNoTracking())
            .Where(r => r.ReferredOn >= period.From && r.ReferredOn <= period.Until)
            .ToListAsync(cancellationToken);
        var today = JapanTime.Today(clock);
        var durations = referrals.Select(r => r.Durations(today)).ToList();
        return new ReferralFigures(
            referrals.Count,
            Enum.GetValues<ReferralStage>().ToDictionary(s => s.ToString(), s => referrals.Count(r => r.Stage == s)),
            Enum.GetValues<ReferralOutcome>().ToDictionary(o => o.ToString(), o => referrals.Count(r => r.Outcome == o)),
            StageDuration.Of(durations.Select(d => d.ReferredToAccepted)),
            StageDuration.Of(durations.Select(d => d.AcceptedToIntervening)),
            StageDuration.Of(durations.Select(d => d.InterveningToClosed)),
            StageDuration.Of(durations.Select(d => d.ReferredToClosed)));
    }

    private async Task<TeamOrangeFigures> TeamOrangeAsync(Scope scope, Period period, CancellationToken cancellationToken)
    {
        var end = period.Until;
        var teams = scope.Apply(db.OrangeTeams.AsNoTracking()).Where(t => t.FormedOn <= end && (t.DisbandedOn == null || t.DisbandedOn >= end));
        var teamCount = await teams.CountAsync(cancellationToken);
        var members = await db.TeamMembers.AsNoTracking()
            .Where(m => teams.Any(t => t.Id == m.TeamId) && m.JoinedOn <= end && (m.LeftOn == null || m.LeftOn >= end))
            .CountAsync(cancellationToken);
        var activities = await scope.Apply(db.TeamActivities.AsNoTracking())
            .Where(a => a.On >= period.From && a.On <= period.Until)
            .GroupBy(a => a.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count(), People = g.Sum(a => a.PeopleSupported) })
            .ToListAsync(cancellationToken);
        return new TeamOrangeFigures(
            teamCount,
            members,
            activities.Sum(a => a.Count),
            activities.Sum(a => a.People),
            Enum.GetValues<SupportKind>().ToDictionary(k => k.ToString(), k => activities.Where(a => a.Kind == k).Sum(a => a.Count)));
    }

    private async Task<FamilySupportFigures> FamilySupportAsync(Scope scope, Period period, CancellationToken cancellationToken)
    {
        var programs = await scope.Apply(db.FamilyPrograms.AsNoTracking())
            .Where(p => p.HeldOn >= period.From && p.HeldOn <= period.Until)
            .GroupBy(p => new { p.Kind, p.EarlyOnset })
            .Select(g => new { g.Key.Kind, g.Key.EarlyOnset, Count = g.Count(), Participants = g.Sum(p => p.Participants) })
            .ToListAsync(cancellationToken);
        var consultations = await scope.Apply(db.PromoterConsultations.AsNoTracking())
            .Where(c => c.ConsultedOn >= period.From && c.ConsultedOn <= period.Until)
            .GroupBy(c => new { c.Consulter, c.EarlyOnset })
            .Select(g => new { g.Key.Consulter, g.Key.EarlyOnset, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new FamilySupportFigures(
            programs.Where(p => p.Kind == FamilyProgramKind.CaregiverClass).Sum(p => p.Count),
            programs.Where(p => p.Kind == FamilyProgramKind.FamilyGathering).Sum(p => p.Count),
            programs.Sum(p => p.Participants),
            programs.Where(p => p.EarlyOnset).Sum(p => p.Count),
            consultations.Sum(c => c.Count),
            consultations.Where(c => c.EarlyOnset).Sum(c => c.Count),
            Enum.GetValues<PromoterConsulter>().ToDictionary(k => k.ToString(), k => consultations.Where(c => c.Consulter == k).Sum(c => c.Count)));
    }
}
