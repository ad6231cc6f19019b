using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoukatsuCare.Consultations.Worklist;

/// <summary>One case on the worklist and why it is there.</summary>
public sealed record WorklistItem(Guid CaseId, Guid ClientId, string CenterId, string? AssigneeId, CaseStage Stage, Urgency Urgency, DateOnly? DueOn, DateTimeOffset LastContactAt);

/// <summary>
/// What is due: plan reviews overdue, next actions due, open cases without a note for N days, unassigned cases
/// and urgent cases not yet responded to. Per staff member (their own cases) or per center (everyone's).
/// </summary>
public sealed record WorklistResponse(
    DateOnly Today,
    int NoNoteDays,
    IReadOnlyList<WorklistItem> ReviewsOverdue,
    IReadOnlyList<WorklistItem> NextActionsDue,
    IReadOnlyList<WorklistItem> NoRecentNote,
    IReadOnlyList<WorklistItem> Unassigned,
    IReadOnlyList<WorklistItem> UrgentNotResponded);

public sealed class WorklistQuery(ConsultationsDbContext db, IOptionsMonitor<WorklistOptions> options, TimeProvider clock)
{
    private const int MaxPerList = 200;

    /// <param name="assigneeId">A staff member's <c>sub</c>, or null for the whole center.</param>
    public async Task<WorklistResponse> ForAsync(string municipalityCode, string centerId, string? assigneeId, CancellationToken cancellationToken)
    {
        var today = JapanTime.Today(clock);
        var noNoteDays = options.CurrentValue.NoNoteDays;
        var silentSince = JapanTime.StartOf(today.AddDays(-noNoteDays));

        var open = db.Cases.AsNoTracking().Where(c => c.MunicipalityCode == municipalityCode && c.CenterId == centerId
            && c.Stage != CaseStage.Closed && c.Stage != CaseStage.ClosedAtInitialStage);
        var mine = assigneeId is null ? open : open.Where(c => c.AssigneeId == assigneeId);

        var reviewsOverdue = await mine
            .Join(db.SupportPlans.Where(p => p.ReviewOn < today), c => c.Id, p => p.CaseId, (c, p) => new { Case = c, Due = (DateOnly?)p.ReviewOn })
            .Where(x => x.Case.Stage == CaseStage.ContinuingSupport)
            .OrderBy(x => x.Due).Take(MaxPerList)
            .Select(x => new WorklistItem(x.Case.Id, x.Case.ClientId, x.Case.CenterId, x.Case.AssigneeId, x.Case.Stage, x.Case.Urgency, x.Due, x.Case.LastContactAt))
            .ToListAsync(cancellationToken);
        var nextActionsDue = await Items(mine.Where(c => c.NextActionDueOn <= today).OrderBy(c => c.NextActionDueOn), c => c.NextActionDueOn, cancellationToken);
        var noRecentNote = await Items(mine.Where(c => c.LastContactAt < silentSince).OrderBy(c => c.LastContactAt), _ => null, cancellationToken);
        var unassigned = assigneeId is null
            ? await Items(open.Where(c => c.AssigneeId == null).OrderBy(c => c.OpenedOn), _ => null, cancellationToken)
            : [];
        var urgent = await Items(
            (assigneeId is null ? open : open.Where(c => c.AssigneeId == assigneeId || c.AssigneeId == null))
                .Where(c => c.Urgency != Urgency.Normal && c.RespondedAt == null).OrderByDescending(c => c.Urgency).ThenBy(c => c.OpenedOn),
            _ => null, cancellationToken);
        return new WorklistResponse(today, noNoteDays, reviewsOverdue, nextActionsDue, noRecentNote, unassigned, urgent);
    }

    private static async Task<List<WorklistItem>> Items(IQueryable<ConsultationCase> cases, Func<ConsultationCase, DateOnly?> due, CancellationToken cancellationToken)
    {
        var rows = await cases.Take(MaxPerList).ToListAsync(cancellationToken);
        return rows.Select(c => new WorklistItem(c.Id, c.ClientId, c.CenterId, c.AssigneeId, c.Stage, c.Urgency, due(c), c.LastContactAt)).ToList();
    }
}
