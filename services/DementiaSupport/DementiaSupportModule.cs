using HoukatsuCare.Contracts.Consultations.V1;
using HoukatsuCare.DementiaSupport.Access;
using HoukatsuCare.DementiaSupport.Cafes;
using HoukatsuCare.DementiaSupport.CaravanMates;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.ConsultationDays;
using HoukatsuCare.DementiaSupport.FamilySupport;
using HoukatsuCare.DementiaSupport.Figures;
using HoukatsuCare.DementiaSupport.Grpc;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.DementiaSupport.Referrals;
using HoukatsuCare.DementiaSupport.SupporterCourses;
using HoukatsuCare.DementiaSupport.TeamOrange;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Municipalities;
using HoukatsuCare.ServiceDefaults.OpenApi;

namespace HoukatsuCare.DementiaSupport;

/// <summary>The service's features, registered and mapped in one place so Program.cs stays a page.</summary>
public static class DementiaSupportModule
{
    /// <summary>Where Consultations' gRPC endpoint is: its HTTP/2-only endpoint by discovery name, unless configured.</summary>
    public const string ConsultationsAddressKey = "Consultations:GrpcAddress";

    /// <summary>The named HTTP client the Consultations gRPC client runs on.</summary>
    public const string ConsultationsClientName = "consultations";

    public static IHostApplicationBuilder AddDementiaSupport(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidation(); // generated for this assembly's request records
        builder.AddMunicipalProfiles();
        builder.AddPersonalDataAudit<DementiaSupportDbContext>();
        services.AddAuthorizationBuilder().AddDementiaSupportPolicies();
        services.AddApiTags(
            new("キャラバン・メイト", "認知症サポーター養成講座の講師役の市の名簿。閲覧は監査記録に残ります。"),
            new("認知症サポーター養成講座", "住民・小中学生・企業・行政などの依頼で開く養成講座と、受講対象別・圏域別の年度集計 (小平市 事業計画 4(7))。"),
            new("認知症カフェ", "カフェの登録 (運営主体・会場・日程・家族の会などの連携団体) と開催ごとの参加者 (区分・性別) と協力ボランティア (小平市 事業計画 4(11))。"),
            new("認知症相談会", "圏域ごとの認知症相談会の予定・実施と、事業計画の目標 (小平市: 各圏域で年1回) に対する達成状況 (小平市 事業計画 4(9))。"),
            new("認知症初期集中支援チーム", "総合相談のケースをチームにつなぎ、受理・集中支援・終了と所要日数、認知症疾患医療センター・かかりつけ医との連携を記録します (入間市 運営方針 Ⅴ6(1))。"),
            new("チームオレンジ", "認知症サポーターのチーム、メンバー、支援活動と、連携する生活支援コーディネーター (入間市 運営方針 Ⅴ6(3))。"),
            new("家族支援", "家族介護教室・家族が集える場 (若年性認知症を含む) と認知症地域支援推進員の相談 (小平市 事業計画 4(6)、入間市 運営方針 Ⅴ6(2))。"),
            new("認知症施策の実績", "月次・年度報告のための実績 (gRPC の GetFigures と同じ内容)。"));
        services.AddSingleton<Placement>();
        services.AddSingleton<Scopes>();
        services.AddScoped<FiguresQueries>();
        services.AddScoped<ConsultationCases>();
        services.AddGrpcClient<ConsultationsQueries.ConsultationsQueriesClient>(ConsultationsClientName, options =>
                options.Address = new Uri(builder.Configuration[ConsultationsAddressKey] ?? "http://_grpc.consultations"))
            // the caller's own token: Consultations applies its rules to the caller and audits the read under their name
            .AddCallCredentials((_, metadata, provider) =>
            {
                var authorization = provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers.Authorization.ToString();
                if (!string.IsNullOrEmpty(authorization))
                {
                    metadata.Add("Authorization", authorization);
                }
                return Task.CompletedTask;
            })
            // inside the cluster the channel is h2c; the token still travels only between our own services
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
        return builder;
    }

    public static WebApplication MapDementiaSupport(this WebApplication app, RouteGroupBuilder api)
    {
        // features map into a group that needs a work role; the API root and its OpenAPI document stay public
        var work = api.MapGroup("").RequireAuthorization(AccessPolicies.CenterWork);
        work.MapCaravanMates();
        work.MapSupporterCourses();
        work.MapCafes();
        work.MapCafeSessions();
        work.MapConsultationDays();
        work.MapReferrals();
        work.MapTeamOrange();
        work.MapFamilySupport();
        work.MapFigures();
        app.MapGrpcService<DementiaSupportQueriesService>().RequireAuthorization(AccessPolicies.Queries);
        return app;
    }
}
