using HoukatsuCare.Consultations.Access;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Municipalities;

namespace HoukatsuCare.Consultations.Clients;

/// <summary>
/// The checks a well-formed client record must still pass (answered with 422): a known area and center of the
/// caller's municipality, regional staff registering for their own center and only residents of the areas
/// their center serves, no future dates.
/// Core-center staff and the city division name the center explicitly, so they may deliberately place a client
/// with a center outside its area (the core center itself, which has no areas, or a hand-over between centers).
/// </summary>
public static class ClientRules
{
    /// <param name="current">The stored record on an update: a regional caller may keep an area the core center placed with them.</param>
    public static Dictionary<string, string[]> Check(IClientFields fields, CallerContext caller, MunicipalDirectory directory, DateOnly today, Client? current = null)
    {
        var errors = new Dictionary<string, string[]>();
        var center = CenterFor(fields, caller);
        if (!directory.IsKnownArea(caller.MunicipalityCode, fields.DailyLifeAreaId))
        {
            errors["dailyLifeAreaId"] = [$"日常生活圏域 '{fields.DailyLifeAreaId}' はこの市町村にありません。"];
        }
        else if (!caller.SeesWholeMunicipality && center is not null
            && !directory.ServesArea(caller.MunicipalityCode, center, fields.DailyLifeAreaId)
            && !(current?.CenterId == center && current.DailyLifeAreaId == fields.DailyLifeAreaId))
        {
            errors["dailyLifeAreaId"] = [$"日常生活圏域 '{fields.DailyLifeAreaId}' は自センターの担当圏域ではありません。担当センターへの登録は基幹型センターまたは市に依頼してください。"];
        }
        if (center is null)
        {
            errors["centerId"] = [caller.SeesWholeMunicipality
                ? "担当センター (centerId) を指定してください。"
                : "自センター以外の利用者は登録できません。"];
        }
        else if (!directory.IsKnownCenter(caller.MunicipalityCode, center))
        {
            errors["centerId"] = [$"センター '{center}' はこの市町村にありません。"];
        }
        if (fields.BirthDate > today)
        {
            errors["birthDate"] = ["生年月日に未来の日付は指定できません。"];
        }
        else if (fields.BirthDate < new DateOnly(1900, 1, 1))
        {
            errors["birthDate"] = ["生年月日を確認してください (1900 年以降)。"];
        }
        if (string.IsNullOrWhiteSpace(fields.Name))
        {
            errors["name"] = ["氏名は必須です。"];
        }
        if (string.IsNullOrWhiteSpace(fields.NameKana) || KanaFolding.Fold(fields.NameKana).Any(c => !IsKana(c)))
        {
            errors["nameKana"] = ["氏名 (カナ) はカタカナまたはひらがなで入力してください。"];
        }
        if (fields.Consents?.Any(c => c.GivenOn > today || c.WithdrawnOn > today) == true)
        {
            errors["consents"] = ["同意日・撤回日に未来の日付は指定できません。"];
        }
        return errors;
    }

    /// <summary>The center the record belongs to: the one named, or the regional caller's own.</summary>
    public static string? CenterFor(IClientFields fields, CallerContext caller)
    {
        if (caller.SeesWholeMunicipality)
        {
            return string.IsNullOrWhiteSpace(fields.CenterId) ? null : fields.CenterId;
        }
        return string.IsNullOrWhiteSpace(fields.CenterId) || fields.CenterId == caller.CenterId ? caller.CenterId : null;
    }

    public static void Apply(Client client, IClientFields fields, string centerId)
    {
        client.SetNames(fields.Name, fields.NameKana);
        client.CenterId = centerId;
        client.DailyLifeAreaId = fields.DailyLifeAreaId;
        client.BirthDate = fields.BirthDate!.Value;
        client.Sex = fields.Sex!.Value;
        client.Address = fields.Address.Trim();
        client.Phone = fields.Phone;
        client.InsuredNumber = string.IsNullOrEmpty(fields.InsuredNumber) ? null : fields.InsuredNumber;
        client.CareLevel = fields.CareLevel!.Value;
        client.HouseholdType = fields.HouseholdType!.Value;
        client.EmergencyContacts = fields.EmergencyContacts?.Select(e => new EmergencyContact(e.Name, e.Relationship, e.Phone)).ToList() ?? [];
        client.RelatedPeople = fields.RelatedPeople?.Select(r => new RelatedPerson(r.Kind!.Value, r.Name, r.Organization, r.Phone)).ToList() ?? [];
        client.Consents = fields.Consents?.Select(c => new Consent(c.Party, c.GivenOn!.Value, c.WithdrawnOn)).ToList() ?? [];
        client.Intentions = fields.Intentions;
        client.CurrentIssues = fields.CurrentIssues;
    }

    // hiragana (after folding), the prolonged sound mark and the iteration marks
    private static bool IsKana(char c) => c is >= '\u3041' and <= '\u309F' or '\u30FC';
}
