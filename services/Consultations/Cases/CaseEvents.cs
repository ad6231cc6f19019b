using HoukatsuCare.Contracts.Events;

namespace HoukatsuCare.Consultations.Cases;

/// <summary>The integration events of a case: ids, center, area and catalog values only — never a name.</summary>
public static class CaseEvents
{
    public static ConsultationCaseOpened Opened(ConsultationCase c) =>
        new(c.Id, c.CenterId, c.DailyLifeAreaId, Topics(c), c.Route.ToString(), c.Urgency.ToString()) { MunicipalityCode = c.MunicipalityCode };

    public static ConsultationCaseEscalated Escalated(ConsultationCase c) =>
        new(c.Id, c.CenterId, c.DailyLifeAreaId, Topics(c)) { MunicipalityCode = c.MunicipalityCode };

    public static ConsultationCaseClosed Closed(ConsultationCase c) =>
        new(c.Id, c.CenterId, c.DailyLifeAreaId, Topics(c), c.ClosureReason!, c.Stage.ToString()) { MunicipalityCode = c.MunicipalityCode };

    private static List<string> Topics(ConsultationCase c) => c.Topics.Select(t => t.ToString()).ToList();
}
