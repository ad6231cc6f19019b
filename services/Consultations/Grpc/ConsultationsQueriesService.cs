using Grpc.Core;
using GrpcCaseload = HoukatsuCare.Contracts.Consultations.V1.Caseload;
using GrpcMonthlyFigures = HoukatsuCare.Contracts.Consultations.V1.MonthlyFigures;
using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Audit;
using HoukatsuCare.Consultations.Clients;
using HoukatsuCare.Consultations.Figures;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.Contracts.Consultations.V1;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Municipalities;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Consultations.Grpc;

/// <summary>
/// What other services ask Consultations (consultations.proto). Answers are minimised — never a name or address —
/// and given only to callers of the same municipality; anything else is NOT_FOUND, as over HTTP.
/// </summary>
public sealed class ConsultationsQueriesService(
    ConsultationsDbContext db, FiguresQueries figures, MunicipalDirectory directory, PersonalDataAudit audit, TimeProvider clock) : ConsultationsQueries.ConsultationsQueriesBase
{
    public override async Task<CaseSummary> GetCaseSummary(GetCaseSummaryRequest request, ServerCallContext context)
    {
        var caller = Caller(context);
        if (!Guid.TryParse(request.CaseId, out var caseId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "case_id は UUID で指定してください。"));
        }
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.Id == caseId && c.MunicipalityCode == caller.MunicipalityCode)
            .Join(db.Clients, c => c.ClientId, client => client.Id, (c, client) => new
            {
                Case = c,
                ClientId = client.Id,
                client.BirthDate,
                client.CareLevel,
                client.HouseholdType,
                HasPlan = db.SupportPlans.Any(p => p.CaseId == c.Id),
            })
            .SingleOrDefaultAsync(context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, "相談ケースが見つかりません。"));

        var c = found.Case;
        var today = JapanTime.Today(clock);
        var summary = new CaseSummary
        {
            CaseId = c.Id.ToString(),
            MunicipalityCode = c.MunicipalityCode,
            CenterId = c.CenterId,
            DailyLifeAreaId = c.DailyLifeAreaId ?? "",
            Stage = c.Stage.ToString(),
            Route = c.Route.ToString(),
            Consulter = c.Consulter.ToString(),
            Urgency = c.Urgency.ToString(),
            OpenedOn = c.OpenedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ClosedOn = c.ClosedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ClosureReason = c.ClosureReason ?? "",
            AssigneeProfession = c.AssigneeProfession?.ToString() ?? "",
            ClientAge = Client.Age(found.BirthDate, today),
            CareLevel = found.CareLevel.ToString(),
            HouseholdType = found.HouseholdType.ToString(),
            HasSupportPlan = found.HasPlan,
        };
        summary.Topics.AddRange(c.Topics.Select(t => t.ToString()));
        // age, care level and household are still the client's data: the read is audited like any other
        await audit.RecordReadAsync(found.ClientId, context.CancellationToken);
        return summary;
    }

    public override async Task<GrpcMonthlyFigures> GetMonthlyFigures(GetMonthlyFiguresRequest request, ServerCallContext context)
    {
        var caller = Caller(context);
        var month = JapanTime.ParseMonth(request.Month)
            ?? throw new RpcException(new Status(StatusCode.InvalidArgument, "month は yyyy-MM 形式で指定してください。"));
        var center = Center(caller, request.CenterId);
        var result = await figures.MonthlyAsync(caller.MunicipalityCode, center, month, context.CancellationToken);
        var reply = new GrpcMonthlyFigures
        {
            CenterId = result.CenterId,
            Month = result.Month,
            FiscalYear = result.FiscalYear,
            EraMonth = result.EraMonth,
            DistinctClients = result.DistinctClients,
            Contacts = result.Contacts,
            NewCases = result.NewCases,
            ContinuingCases = result.ContinuingCases,
        };
        reply.ByRoute.AddRange(Counts(result.ByRoute));
        reply.ByConsulter.AddRange(Counts(result.ByConsulter));
        reply.ByTopic.AddRange(Counts(result.ByTopic));
        reply.ClosedByReason.AddRange(Counts(result.ClosedByReason));
        return reply;
    }

    public override async Task<GrpcCaseload> GetCaseload(GetCaseloadRequest request, ServerCallContext context)
    {
        var caller = Caller(context);
        var result = await figures.CaseloadAsync(caller.MunicipalityCode, Center(caller, request.CenterId), context.CancellationToken);
        var reply = new GrpcCaseload { CenterId = result.CenterId, OpenCases = result.OpenCases };
        reply.ByStage.AddRange(Counts(result.ByStage));
        reply.ByAssignee.AddRange(Counts(result.ByAssignee));
        return reply;
    }

    private static CallerContext Caller(ServerCallContext context) =>
        CallerContext.From(context.GetHttpContext().User)
        ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "トークンに sub と municipality が必要です。"));

    /// <summary>Figures are not personal data: any caller of the municipality may ask for any of its centers.</summary>
    private string Center(CallerContext caller, string centerId) =>
        !string.IsNullOrEmpty(centerId) && directory.IsKnownCenter(caller.MunicipalityCode, centerId)
            ? centerId
            : throw new RpcException(new Status(StatusCode.NotFound, "センターが見つかりません。"));

    private static IEnumerable<Count> Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.Select(kv => new Count { Key = kv.Key, Value = kv.Value });
}
