using HoukatsuCare.Contracts.Events;

namespace HoukatsuCare.DementiaSupport.Cafes;

/// <summary>
/// The events of a café session: the session itself (attendance in numbers, helpers by VolunteerPoints id), and one
/// activity per volunteer for the points ledger. No names.
/// </summary>
public static class CafeEvents
{
    public static DementiaCafeSessionHeld Held(CafeSession s) =>
        new(s.Id, s.CafeId, s.CenterId, s.DailyLifeAreaId, s.HeldOn, s.AttendanceTotal)
        {
            MunicipalityCode = s.MunicipalityCode,
            Helpers = s.Helpers.Select(h => new CafeHelper(h.ActivityId, h.VolunteerId, h.Hours)).ToList(),
        };

    public static IEnumerable<DementiaCafeActivityRecorded> Activities(CafeSession s) =>
        s.Helpers.Select(h => new DementiaCafeActivityRecorded(h.ActivityId, s.Id, h.VolunteerId, s.CenterId, s.HeldOn, h.Hours)
        {
            MunicipalityCode = s.MunicipalityCode,
        });
}
