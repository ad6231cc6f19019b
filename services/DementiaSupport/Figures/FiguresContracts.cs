using System.ComponentModel;
using HoukatsuCare.DementiaSupport.ConsultationDays;
using HoukatsuCare.DementiaSupport.SupporterCourses;

namespace HoukatsuCare.DementiaSupport.Figures;

/// <summary>認知症施策の実績 (年度または月)</summary>
public sealed record DementiaSupportFigures(
    [property: Description("市町村コード")] string MunicipalityCode,
    [property: Description("センター (市全体は null)")] string? CenterId,
    [property: Description("年度")] int FiscalYear,
    [property: Description("年度 (和暦)")] string FiscalYearLabel,
    [property: Description("対象月 (yyyy-MM、年度全体は null)")] string? Month,
    [property: Description("集計の初日")] DateOnly From,
    [property: Description("集計の末日")] DateOnly Until,
    [property: Description("認知症サポーター養成講座")] SupporterCourseTotals SupporterCourses,
    [property: Description("認知症カフェ")] CafeFigures Cafes,
    [property: Description("認知症相談会")] ConsultationDayFigures ConsultationDays,
    [property: Description("認知症初期集中支援チームへの依頼")] ReferralFigures Referrals,
    [property: Description("チームオレンジ")] TeamOrangeFigures TeamOrange,
    [property: Description("家族介護教室・家族が集える場・推進員の相談")] FamilySupportFigures FamilySupport);

/// <summary>認知症カフェの実績</summary>
public sealed record CafeFigures(
    [property: Description("期間末に運営中のカフェ数")] int ActiveCafes,
    [property: Description("開催回数")] int Sessions,
    [property: Description("延べ参加者数")] int Attendance,
    [property: Description("区分別の延べ参加者数 (PersonWithDementia 本人, Family 家族, Resident 地域住民, Professional 専門職)")] IReadOnlyDictionary<string, int> AttendanceByKind,
    [property: Description("性別の延べ参加者数 (Male, Female, Unspecified)")] IReadOnlyDictionary<string, int> AttendanceBySex,
    [property: Description("ボランティアの延べ協力回数")] int VolunteerHelps);

/// <summary>認知症相談会の実績と達成状況</summary>
public sealed record ConsultationDayFigures(
    [property: Description("期間内に実施した回数")] int Held,
    [property: Description("相談者数の合計")] int Consultations,
    [property: Description("医療機関等につないだ件数の合計")] int ReferredOnward,
    [property: Description("年度の圏域ごとの達成状況")] ConsultationDayComplianceResponse Compliance);

/// <summary>段階の所要日数の統計</summary>
public sealed record StageDuration(
    [property: Description("この段階を経た依頼の数")] int Count,
    [property: Description("平均日数")] double? AverageDays,
    [property: Description("中央値 (日)")] double? MedianDays,
    [property: Description("最長 (日)")] int? MaxDays)
{
    public static StageDuration Of(IEnumerable<int?> days)
    {
        var taken = days.OfType<int>().Order().ToList();
        if (taken.Count == 0)
        {
            return new StageDuration(0, null, null, null);
        }
        var middle = taken.Count / 2;
        var median = taken.Count % 2 == 1 ? taken[middle] : (taken[middle - 1] + taken[middle]) / 2.0;
        return new StageDuration(taken.Count, Math.Round(taken.Average(), 1), median, taken[^1]);
    }
}

/// <summary>認知症初期集中支援チームへの依頼の実績 (期間内に依頼したもの)</summary>
public sealed record ReferralFigures(
    [property: Description("依頼件数")] int Referred,
    [property: Description("現在の段階別件数 (Referred, Accepted, Intervening, Closed)")] IReadOnlyDictionary<string, int> ByStage,
    [property: Description("終了したものの結果別件数")] IReadOnlyDictionary<string, int> ClosedByOutcome,
    [property: Description("依頼から受理まで")] StageDuration ReferredToAccepted,
    [property: Description("受理から集中支援開始まで")] StageDuration AcceptedToIntervening,
    [property: Description("集中支援開始から終了まで")] StageDuration InterveningToClosed,
    [property: Description("依頼から終了まで")] StageDuration ReferredToClosed);

/// <summary>チームオレンジの実績</summary>
public sealed record TeamOrangeFigures(
    [property: Description("期間末に活動中のチーム数")] int Teams,
    [property: Description("期間末の在籍メンバー数")] int Members,
    [property: Description("支援活動の回数")] int Activities,
    [property: Description("支援した延べ人数")] int PeopleSupported,
    [property: Description("内容別の活動回数")] IReadOnlyDictionary<string, int> ActivitiesByKind);

/// <summary>家族支援の実績</summary>
public sealed record FamilySupportFigures(
    [property: Description("家族介護教室の開催回数")] int CaregiverClasses,
    [property: Description("家族が集える場の開催回数")] int FamilyGatherings,
    [property: Description("延べ参加者数")] int Participants,
    [property: Description("若年性認知症の本人・家族向けの回数")] int EarlyOnsetPrograms,
    [property: Description("認知症地域支援推進員の相談件数")] int PromoterConsultations,
    [property: Description("うち若年性認知症に関する相談")] int EarlyOnsetConsultations,
    [property: Description("相談者別の件数")] IReadOnlyDictionary<string, int> ConsultationsByConsulter);
