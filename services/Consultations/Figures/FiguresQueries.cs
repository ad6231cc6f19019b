using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Consultations.Figures;

/// <summary>The figures HTTP and gRPC both answer, computed from the cases and notes themselves (no second bookkeeping).</summary>
public sealed class FiguresQueries(ConsultationsDbContext db)
{
    /// <summary>Figures of <paramref name="centerId"/> for the month beginning on <paramref name="month"/> (Japan time).</summary>
    public async Task<MonthlyFigures> MonthlyAsync(string municipalityCode, string centerId, DateOnly month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var next = first.AddMonths(1);
        var from = JapanTime.StartOf(first);
        var until = JapanTime.StartOf(next);

        var centerCases = db.Cases.AsNoTracking().Where(c => c.MunicipalityCode == municipalityCode && c.CenterId == centerId);
        var opened = await centerCases.Where(c => c.OpenedOn >= first && c.OpenedOn < next)
            .Select(c => new { c.Id, c.ClientId, c.Route, c.Consulter, c.Topics })
            .ToListAsync(cancellationToken);
        // a note is one contact; its corrections are the same contact
        var noted = await db.CaseNotes.AsNoTracking()
            .Where(n => n.Version == 1 && n.ContactedAt >= from && n.ContactedAt < until)
            .Join(centerCases, n => n.CaseId, c => c.Id, (n, c) => new { c.Id, c.ClientId, c.OpenedOn })
            .ToListAsync(cancellationToken);
        var closed = await centerCases.Where(c => c.ClosedOn >= first && c.ClosedOn < next && c.ClosureReason != null)
            .GroupBy(c => c.ClosureReason!)
            .Select(g => new { Reason = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var continuing = noted.Where(n => n.OpenedOn < first).Select(n => n.Id).Distinct().Count();
        return new MonthlyFigures(
            centerId,
            first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            FiscalYear.Of(first),
            FiscalYear.WarekiMonth(first),
            DistinctClients: opened.Select(o => o.ClientId).Concat(noted.Select(n => n.ClientId)).Distinct().Count(),
            Contacts: opened.Count + noted.Count,
            NewCases: opened.Count,
            ContinuingCases: continuing,
            ByRoute: Count(opened.Select(o => o.Route.ToString())),
            ByConsulter: Count(opened.Select(o => o.Consulter.ToString())),
            ByTopic: Count(opened.SelectMany(o => o.Topics).Select(t => t.ToString())),
            ClosedByReason: closed.OrderBy(c => c.Reason, StringComparer.Ordinal).ToDictionary(c => c.Reason, c => c.Count));
    }

    public async Task<Caseload> CaseloadAsync(string municipalityCode, string centerId, CancellationToken cancellationToken)
    {
        var open = await db.Cases.AsNoTracking()
            .Where(c => c.MunicipalityCode == municipalityCode && c.CenterId == centerId && c.Stage != CaseStage.Closed && c.Stage != CaseStage.ClosedAtInitialStage)
            .GroupBy(c => new { c.Stage, c.AssigneeId })
            .Select(g => new { g.Key.Stage, g.Key.AssigneeId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new Caseload(
            centerId,
            open.Sum(o => o.Count),
            open.GroupBy(o => o.Stage.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(o => o.Count)),
            open.GroupBy(o => o.AssigneeId ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(o => o.Count)));
    }

    private static Dictionary<string, int> Count(IEnumerable<string> keys) =>
        keys.GroupBy(k => k).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}
