using System.ComponentModel.DataAnnotations;
using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Audit;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HoukatsuCare.Consultations.Notes;

/// <summary>
/// 相談記録・支援経過: readable and writable by every staff member of the case's center, so anyone can respond
/// when the assignee is away (seed I V.2(3)). A correction adds a version; the history stays readable.
/// </summary>
public static class NoteEndpoints
{
    public static RouteGroupBuilder MapNotes(this RouteGroupBuilder api)
    {
        var notes = api.MapGroup("/cases/{caseId:guid}/notes").WithTags("相談記録");
        notes.MapPost("/", Record).WithIdempotencyKey().WithName("recordNote").ProducesProblems(404, 422).WithSummary("相談記録を記入する")
            .WithDescription("センターの職員は誰でも記入できます。Idempotency-Key ヘッダーを付けると、再送しても二重に記録されません。");
        notes.MapGet("/", List).WithName("listNotes").ProducesProblems(404).WithSummary("相談記録の一覧 (最新版)").WithDescription("各記録の最新版を対応日時の新しい順に返します。閲覧は監査記録に残ります。");
        notes.MapPut("/{noteId:guid}", Correct).WithName("correctNote").ProducesProblems(404, 409, 422).WithSummary("相談記録を訂正する").WithDescription("新しい版として保存し、以前の版は履歴として残ります。");
        notes.MapGet("/{noteId:guid}/history", History).WithName("getNoteHistory").ProducesProblems(404).WithSummary("相談記録の訂正履歴").WithDescription("すべての版を古い順に返します。");
        return api;
    }

    private static async Task<Results<Created<NoteResponse>, ValidationProblem, ProblemHttpResult>> Record(
        Guid caseId, RecordNoteRequest request, CallerContext caller, ConsultationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var consultation = await db.Cases.VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (consultation is null)
        {
            return Problems.NotFound("相談ケース");
        }
        var now = clock.GetUtcNow();
        if (request.ContactedAt > now.AddMinutes(5))
        {
            return Problems.Unprocessable("contactedAt", "対応日時に未来の日時は指定できません。");
        }

        var note = CaseNote.First(caseId, Draft(request.ContactedAt!.Value, request.Method!.Value, request.Participants, request.Content, request.NextAction, request.NextActionDueOn), caller.Subject, now);
        consultation.RecordContact(note.ContactedAt, note.NextAction, note.NextActionDueOn, now);
        db.CaseNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/consultations/cases/{caseId}/notes/{note.NoteId}", NoteResponse.From(note));
    }

    private static async Task<Results<Ok<Page<NoteResponse>>, ProblemHttpResult>> List(
        Guid caseId, CallerContext caller, ConsultationsDbContext db, PersonalDataAudit audit, CancellationToken cancellationToken,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        var consultation = await db.Cases.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (consultation is null)
        {
            return Problems.NotFound("相談ケース");
        }
        var latest = db.CaseNotes.AsNoTracking()
            .Where(n => n.CaseId == caseId)
            .Where(n => !db.CaseNotes.Any(later => later.NoteId == n.NoteId && later.Version > n.Version));
        var total = await latest.CountAsync(cancellationToken);
        var items = await latest.OrderByDescending(n => n.ContactedAt).ThenBy(n => n.NoteId)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        await audit.RecordReadAsync(consultation.ClientId, cancellationToken);
        return TypedResults.Ok(new Page<NoteResponse>(items.Select(NoteResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<NoteResponse>, ValidationProblem, ProblemHttpResult>> Correct(
        Guid caseId, Guid noteId, CorrectNoteRequest request, CallerContext caller, ConsultationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var consultation = await db.Cases.VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var current = consultation is null ? null : await db.CaseNotes
            .Where(n => n.CaseId == caseId && n.NoteId == noteId)
            .OrderByDescending(n => n.Version).FirstOrDefaultAsync(cancellationToken);
        if (consultation is null || current is null)
        {
            return Problems.NotFound("相談記録");
        }
        if (current.Version != request.CorrectsVersion)
        {
            return Problems.StaleVersion();
        }
        var now = clock.GetUtcNow();
        if (request.ContactedAt > now.AddMinutes(5))
        {
            return Problems.Unprocessable("contactedAt", "対応日時に未来の日時は指定できません。");
        }

        var corrected = current.Correct(Draft(request.ContactedAt!.Value, request.Method!.Value, request.Participants, request.Content, request.NextAction, request.NextActionDueOn),
            request.Reason.Trim(), caller.Subject, now);
        consultation.RecordContact(corrected.ContactedAt, corrected.NextAction, corrected.NextActionDueOn, now);
        db.CaseNotes.Add(corrected);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.StaleVersion();
        }
        return TypedResults.Ok(NoteResponse.From(corrected));
    }

    private static async Task<Results<Ok<IReadOnlyList<NoteResponse>>, ProblemHttpResult>> History(
        Guid caseId, Guid noteId, CallerContext caller, ConsultationsDbContext db, PersonalDataAudit audit, CancellationToken cancellationToken)
    {
        var consultation = await db.Cases.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var versions = consultation is null ? [] : await db.CaseNotes.AsNoTracking()
            .Where(n => n.CaseId == caseId && n.NoteId == noteId).OrderBy(n => n.Version).ToListAsync(cancellationToken);
        if (consultation is null || versions.Count == 0)
        {
            return Problems.NotFound("相談記録");
        }
        await audit.RecordReadAsync(consultation.ClientId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<NoteResponse>>(versions.Select(NoteResponse.From).ToList());
    }

    private static CaseNoteDraft Draft(DateTimeOffset contactedAt, ContactMethod method, string participants, string content, string? nextAction, DateOnly? nextActionDueOn) =>
        new(contactedAt.ToUniversalTime(), method, participants.Trim(), content, string.IsNullOrWhiteSpace(nextAction) ? null : nextAction.Trim(), nextActionDueOn);
}
