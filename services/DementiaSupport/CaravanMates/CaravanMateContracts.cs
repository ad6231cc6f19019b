using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.ServiceDefaults.Api;

namespace HoukatsuCare.DementiaSupport.CaravanMates;

/// <summary>キャラバン・メイトの登録</summary>
public sealed record RegisterCaravanMateRequest(
    [property: Description("氏名")][Required(ErrorMessage = Messages.Required), StringLength(100, ErrorMessage = Messages.TooLong)] string Name,
    [property: Description("所属")][StringLength(200, ErrorMessage = Messages.TooLong)] string? Affiliation,
    [property: Description("登録日 (養成研修の修了日)")][Required(ErrorMessage = Messages.Required)] DateOnly? RegisteredOn,
    [property: Description("登録するセンター (地域型センター職員は省略可)")][StringLength(64, ErrorMessage = Messages.TooLong)] string? CenterId);

/// <summary>キャラバン・メイト</summary>
public sealed record CaravanMateResponse(
    [property: Description("キャラバン・メイト ID")] Guid Id,
    [property: Description("登録したセンター")] string CenterId,
    [property: Description("氏名")] string Name,
    [property: Description("所属")] string? Affiliation,
    [property: Description("登録日")] DateOnly RegisteredOn)
{
    public static CaravanMateResponse From(CaravanMate m) => new(m.Id, m.CenterId, m.Name, m.Affiliation, m.RegisteredOn);
}
