using System.Globalization;
using Grpc.Core;
using HoukatsuCare.Contracts.DementiaSupport.V1;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.ServiceDefaults.Authentication;
using FiguresQueries = HoukatsuCare.DementiaSupport.Figures.FiguresQueries;
using GrpcFigures = HoukatsuCare.Contracts.DementiaSupport.V1.DementiaSupportFigures;

namespace HoukatsuCare.DementiaSupport.Grpc;

/// <summary>
/// The figures the Reports service composes (dementiasupport.proto): the same numbers as <c>GET /figures</c>, for any
/// center of the caller's municipality or the whole of it. Numbers only.
/// </summary>
public sealed class DementiaSupportQueriesService(Scopes scopes, FiguresQueries queries) : DementiaSupportQueries.DementiaSupportQueriesBase
{
    public override async Task<GrpcFigures> GetFigures(GetFiguresRequest request, ServerCallContext context)
    {
        var caller = CallerContext.From(context.GetHttpContext().User)
            ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "トークンに sub と municipality が必要です。"));
        if (request.FiscalYear is < Period.MinFiscalYear or > Period.MaxFiscalYear)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"fiscal_year は {Period.MinFiscalYear}–{Period.MaxFiscalYear} で指定してください。"));
        }
        var period = Period.Of(request.FiscalYear, request.Month)
            ?? throw new RpcException(new Status(StatusCode.InvalidArgument, "month は年度内の yyyy-MM で指定してください。"));
        var scope = scopes.ForFigures(caller.MunicipalityCode, request.CenterId, request.FiscalYear)
            ?? throw new RpcException(new Status(StatusCode.NotFound, "センターが見つかりません。"));
        return ToGrpc(await queries.ComputeAsync(scope, period, context.CancellationToken));
    }

    private static GrpcFigures ToGrpc(Figures.DementiaSupportFigures f)
    {
        var reply = new GrpcFigures
        {
            MunicipalityCode = f.MunicipalityCode,
            CenterId = f.CenterId ?? "",
            FiscalYear = f.FiscalYear,
            FiscalYearLabel = f.FiscalYearLabel,
            Month = f.Month ?? "",
            From = Day(f.From),
            Until = Day(f.Until),
            SupporterCourses = new SupporterCourseFigures { Courses = f.SupporterCourses.Courses, Supporters = f.SupporterCourses.Supporters },
            Cafes = new CafeFigures
            {
                ActiveCafes = f.Cafes.ActiveCafes,
                Sessions = f.Cafes.Sessions,
                Attendance = f.Cafes.Attendance,
                VolunteerHelps = f.Cafes.VolunteerHelps,
            },
            ConsultationDays = new ConsultationDayFigures
            {
                Held = f.ConsultationDays.Held,
                Consultations = f.ConsultationDays.Consultations,
                ReferredOnward = f.ConsultationDays.ReferredOnward,
                ComplianceSection = f.ConsultationDays.Compliance.Section ?? "",
            },
            Referrals = new ReferralFigures
            {
                Referred = f.Referrals.Referred,
                ReferredToAccepted = Duration(f.Referrals.ReferredToAccepted),
                AcceptedToIntervening = Duration(f.Referrals.AcceptedToIntervening),
                InterveningToClosed = Duration(f.Referrals.InterveningToClosed),
                ReferredToClosed = Duration(f.Referrals.ReferredToClosed),
            },
            TeamOrange = new TeamOrangeFigures
            {
                Teams = f.TeamOrange.Teams,
                Members = f.TeamOrange.Members,
                Activities = f.TeamOrange.Activities,
                PeopleSupported = f.TeamOrange.PeopleSupported,
            },
            FamilySupport = new FamilySupportFigures
            {
                CaregiverClasses = f.FamilySupport.CaregiverClasses,
                FamilyGatherings = f.FamilySupport.FamilyGatherings,
                Participants = f.FamilySupport.Participants,
                EarlyOnsetPrograms = f.FamilySupport.EarlyOnsetPrograms,
                PromoterConsultations = f.FamilySupport.PromoterConsultations,
                EarlyOnsetConsultations = f.FamilySupport.EarlyOnsetConsultations,
            },
        };
        reply.SupporterCourses.ByAudience.AddRange(f.SupporterCourses.ByAudience.Select(a =>
            new Contracts.DementiaSupport.V1.AudienceTotal { Audience = a.Audience.ToString(), Courses = a.Courses, Supporters = a.Supporters }));
        reply.SupporterCourses.ByArea.AddRange(f.SupporterCourses.ByArea.Select(a =>
            new Contracts.DementiaSupport.V1.AreaTotal { DailyLifeAreaId = a.DailyLifeAreaId, Courses = a.Courses, Supporters = a.Supporters }));
        reply.Cafes.AttendanceByKind.AddRange(Counts(f.Cafes.AttendanceByKind));
        reply.Cafes.AttendanceBySex.AddRange(Counts(f.Cafes.AttendanceBySex));
        reply.ConsultationDays.ByArea.AddRange(f.ConsultationDays.Compliance.Areas.Select(a => new Contracts.DementiaSupport.V1.AreaCompliance
        {
            DailyLifeAreaId = a.DailyLifeAreaId,
            AreaName = a.AreaName ?? "",
            Held = a.Held,
            Scheduled = a.Scheduled,
            AwaitingResult = a.AwaitingResult,
            HasTarget = a.Target is not null,
            Target = (double)(a.Target ?? 0),
            Status = a.Status?.ToString() ?? "",
        }));
        reply.Referrals.ByStage.AddRange(Counts(f.Referrals.ByStage));
        reply.Referrals.ClosedByOutcome.AddRange(Counts(f.Referrals.ClosedByOutcome));
        reply.TeamOrange.ActivitiesByKind.AddRange(Counts(f.TeamOrange.ActivitiesByKind));
        reply.FamilySupport.ConsultationsByConsulter.AddRange(Counts(f.FamilySupport.ConsultationsByConsulter));
        return reply;
    }

    private static StageDuration Duration(Figures.StageDuration d) => new()
    {
        Count = d.Count,
        AverageDays = d.AverageDays ?? 0,
        MedianDays = d.MedianDays ?? 0,
        MaxDays = d.MaxDays ?? 0,
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<Count> Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.Select(kv => new Count { Key = kv.Key, Value = kv.Value });
}
