using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Municipalities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HoukatsuCare.DementiaSupport.Common;

/// <summary>The center and daily-life area a new record belongs to.</summary>
public sealed record Place(string MunicipalityCode, string CenterId, string DailyLifeAreaId);

/// <summary>
/// Where a new course, café, consultation day, team or class belongs, by the municipal profile in force: the center
/// (the caller's own when omitted; regional staff only their own) and the area (the center's only area when omitted).
/// A regional center works in the areas it serves; the core center, which serves none of its own, in any area.
/// Anything else is 422 naming <c>centerId</c> or <c>dailyLifeAreaId</c>.
/// </summary>
public sealed class Placement(MunicipalDirectory directory)
{
    /// <summary>The center a record is registered with: the caller's own when omitted; 422 naming <c>centerId</c> otherwise.</summary>
    public (string? CenterId, ProblemHttpResult? Problem) Center(CallerContext caller, string? centerId) =>
        directory.ResolveCenter(caller, centerId) is { } center
            ? (center, null)
            : (null, Problems.Unprocessable("centerId", string.IsNullOrEmpty(centerId) && caller.CenterId is null
                ? "センターを指定してください。"
                : "指定できないセンターです。自分のセンター (基幹型・市は市内のセンター) を指定してください。"));

    public (Place? Place, ProblemHttpResult? Problem) Resolve(CallerContext caller, string? centerId, string? dailyLifeAreaId)
    {
        var (center, problem) = Center(caller, centerId);
        if (center is null)
        {
            return (null, problem);
        }
        var served = directory.InForce(caller.MunicipalityCode)!.Centers.Single(c => c.Id == center).Areas;
        if (string.IsNullOrEmpty(dailyLifeAreaId))
        {
            return served.Count == 1
                ? (new Place(caller.MunicipalityCode, center, served[0]), null)
                : (null, Problems.Unprocessable("dailyLifeAreaId", "日常生活圏域を指定してください。"));
        }
        if (!directory.IsKnownArea(caller.MunicipalityCode, dailyLifeAreaId))
        {
            return (null, Problems.Unprocessable("dailyLifeAreaId", "市の日常生活圏域にない圏域です。"));
        }
        if (served.Count > 0 && !served.Contains(dailyLifeAreaId))
        {
            return (null, Problems.Unprocessable("dailyLifeAreaId", $"このセンターが担当する圏域を指定してください: {string.Join("、", served)}"));
        }
        return (new Place(caller.MunicipalityCode, center, dailyLifeAreaId), null);
    }
}
