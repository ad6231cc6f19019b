using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.Consultations.Notes;

/// <summary>相談記録の記入</summary>
public sealed record RecordNoteRequest(
    [property: Description("対応日時")][Required(ErrorMessage = Messages.Required)] DateTimeOffset? ContactedAt,
    [property: Description("方法 (面接・電話・訪問・会議等)")][Required(ErrorMessage = Messages.Required)] ContactMethod? Method,
    [property: Description("対応した相手・同席者")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Participants,
    [property: Description("内容 (簡潔・明瞭に)")][Required(ErrorMessage = Messages.Required), StringLength(CaseNoteConfiguration.MaxContentLength, ErrorMessage = Messages.TooLong)] string Content,
    [property: Description("次の対応")][StringLength(1000, ErrorMessage = Messages.TooLong)] string? NextAction,
    [property: Description("次の対応の期限")] DateOnly? NextActionDueOn);

/// <summary>相談記録の訂正: 新しい版として保存され、以前の版は残る</summary>
public sealed record CorrectNoteRequest(
    [Required(ErrorMessage = Messages.Required)] DateTimeOffset? ContactedAt,
    [Required(ErrorMessage = Messages.Required)] ContactMethod? Method,
    [Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string Participants,
    [Required(ErrorMessage = Messages.Required), StringLength(CaseNoteConfiguration.MaxContentLength, ErrorMessage = Messages.TooLong)] string Content,
    [StringLength(1000, ErrorMessage = Messages.TooLong)] string? NextAction,
    DateOnly? NextActionDueOn,
    [property: Description("訂正理由")][Required(ErrorMessage = Messages.Required), StringLength(500, ErrorMessage = Messages.TooLong)] string Reason,
    [property: Description("訂正する版 (最新版であること)")][Required(ErrorMessage = Messages.Required), Range(1, int.MaxValue, ErrorMessage = Messages.Range)] int? CorrectsVersion);

public sealed record NoteResponse(
    Guid NoteId,
    int Version,
    Guid CaseId,
    DateTimeOffset ContactedAt,
    ContactMethod Method,
    string Participants,
    string Content,
    string? NextAction,
    DateOnly? NextActionDueOn,
    string AuthorId,
    DateTimeOffset RecordedAt,
    string? CorrectionReason)
{
    public static NoteResponse From(CaseNote n) => new(
        n.NoteId, n.Version, n.CaseId, n.ContactedAt, n.Method, n.Participants, n.Content, n.NextAction, n.NextActionDueOn, n.AuthorId, n.RecordedAt, n.CorrectionReason);
}
