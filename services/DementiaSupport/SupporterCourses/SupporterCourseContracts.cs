using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.DementiaSupport.SupporterCourses;

/// <summary>認知症サポーター養成講座の記録</summary>
public sealed record RecordSupporterCourseRequest(
    [property: Description("開催日")][Required(ErrorMessage = Messages.Required)] DateOnly? HeldOn,
    [property: Description("主催センター (地域型センター職員は省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? CenterId,
    [property: Description("日常生活圏域 (センターの担当圏域が 1 つなら省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? DailyLifeAreaId,
    [property: Description("依頼団体 (自治会、学校、企業など)")][Required(ErrorMessage = Messages.Required), StringLength(200, ErrorMessage = Messages.TooLong)] string RequestingOrganization,
    [property: Description("受講対象: Residents (住民), Students (小中学生), Workplace (企業・職域), Government (行政), Other (その他)")][Required(ErrorMessage = Messages.Required)] CourseAudience? Audience,
    [property: Description("会場")][StringLength(200, ErrorMessage = Messages.TooLong)] string? Venue,
    [property: Description("講師を務めたキャラバン・メイトの ID (登録済み、1 人以上)")][Required(ErrorMessage = Messages.Required), MinLength(1, ErrorMessage = Messages.NotEmpty), MaxLength(20, ErrorMessage = Messages.ListTooLong)] IReadOnlyList<Guid> InstructorIds,
    [property: Description("受講者数 (養成したサポーター数)")][Required(ErrorMessage = Messages.Required), Range(1, 2000, ErrorMessage = Messages.Range)] int? Participants);

/// <summary>認知症サポーター養成講座</summary>
public sealed record SupporterCourseResponse(
    [property: Description("講座 ID")] Guid Id,
    [property: Description("主催センター")] string CenterId,
    [property: Description("日常生活圏域")] string DailyLifeAreaId,
    [property: Description("開催日")] DateOnly HeldOn,
    [property: Description("年度")] int FiscalYear,
    [property: Description("依頼団体")] string RequestingOrganization,
    [property: Description("受講対象")] CourseAudience Audience,
    [property: Description("会場")] string? Venue,
    [property: Description("講師 (キャラバン・メイト ID)")] IReadOnlyList<Guid> InstructorIds,
    [property: Description("受講者数 (養成したサポーター数)")] int Participants)
{
    public static SupporterCourseResponse From(SupporterCourse c) => new(
        c.Id, c.CenterId, c.DailyLifeAreaId, c.HeldOn, ServiceDefaults.Time.FiscalYear.Of(c.HeldOn), c.RequestingOrganization,
        c.Audience, c.Venue, c.InstructorIds, c.Participants);
}
