namespace HoukatsuCare.Consultations.Notes;

/// <summary>相談記録の方法: 面接, 電話, 訪問, 会議, 文書・メール, その他</summary>
public enum ContactMethod { Interview, Phone, HomeVisit, Meeting, DocumentOrEmail, Other }

/// <summary>
/// 相談記録・支援経過: one version of one note. A correction is a new row with the same <see cref="NoteId"/>
/// and the next <see cref="Version"/>; earlier versions are never changed, so the history is kept.
/// </summary>
public sealed class CaseNote
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The note across its versions.</summary>
    public Guid NoteId { get; init; }

    public int Version { get; init; }

    public Guid CaseId { get; init; }

    public DateTimeOffset ContactedAt { get; init; }

    public ContactMethod Method { get; init; }

    /// <summary>Who took part (本人, 長女, ケアマネ…).</summary>
    public required string Participants { get; init; }

    public required string Content { get; init; }

    public string? NextAction { get; init; }

    public DateOnly? NextActionDueOn { get; init; }

    public required string AuthorId { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>Why this version replaced the previous one (null on the first version).</summary>
    public string? CorrectionReason { get; init; }

    public CaseNote Correct(CaseNoteDraft draft, string reason, string authorId, DateTimeOffset now) =>
        Stored(Guid.CreateVersion7(), NoteId, Version + 1, CaseId, draft, authorId, now, reason);

    public static CaseNote First(Guid caseId, CaseNoteDraft draft, string authorId, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        return Stored(id, id, 1, caseId, draft, authorId, now, correctionReason: null);
    }

    private static CaseNote Stored(Guid id, Guid noteId, int version, Guid caseId, CaseNoteDraft draft, string authorId, DateTimeOffset now, string? correctionReason) => new()
    {
        Id = id,
        NoteId = noteId,
        Version = version,
        CaseId = caseId,
        ContactedAt = draft.ContactedAt,
        Method = draft.Method,
        Participants = draft.Participants,
        Content = draft.Content,
        NextAction = draft.NextAction,
        NextActionDueOn = draft.NextActionDueOn,
        AuthorId = authorId,
        RecordedAt = now,
        CorrectionReason = correctionReason,
    };
}

/// <summary>What a note says, before it is stored as a version.</summary>
public sealed record CaseNoteDraft(DateTimeOffset ContactedAt, ContactMethod Method, string Participants, string Content, string? NextAction, DateOnly? NextActionDueOn);
