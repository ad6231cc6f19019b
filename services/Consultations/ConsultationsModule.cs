using HoukatsuCare.Consultations.Access;
using HoukatsuCare.Consultations.Audit;
using HoukatsuCare.Consultations.Cases;
using HoukatsuCare.Consultations.Clients;
using HoukatsuCare.Consultations.Figures;
using HoukatsuCare.Consultations.Grpc;
using HoukatsuCare.Consultations.Infrastructure;
using HoukatsuCare.Consultations.Notes;
using HoukatsuCare.Consultations.Plans;
using HoukatsuCare.Consultations.Worklist;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Municipalities;
using HoukatsuCare.ServiceDefaults.OpenApi;

namespace HoukatsuCare.Consultations;

/// <summary>The service's features, registered and mapped in one place so Program.cs stays a page.</summary>
public static class ConsultationsModule
{
    public static IHostApplicationBuilder AddConsultations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidation(); // generated for this assembly's request records
        builder.AddMunicipalProfiles();
        builder.AddPersonalDataAudit<ConsultationsDbContext>();
        services.AddAuthorizationBuilder().AddConsultationsPolicies();
        services.AddApiTags(
            new("利用者台帳", "センターが支援する高齢者の台帳。登録・検索 (漢字・カナ、全角半角・ひらがなカタカナを区別しない)・更新・終了。閲覧は監査記録に残ります。"),
            new("相談ケース", "総合相談の受付から終結まで。段階の移行、担当者、終結理由 (市町村プロファイル) を扱います。"),
            new("相談記録", "相談ケースの対応記録。訂正は新しい版として保存され、履歴が残ります。"),
            new("個別支援計画", "継続的・専門的な相談支援の計画と評価。"),
            new("やることリスト", "評価遅れ・期限到来・記録なし・未割当・未対応の緊急ケースなど、職員とセンターが今日対応すべきこと。"),
            new("相談実績", "月次の実人数・延べ件数と内訳、センターの担当ケース数。市への活動状況報告の元になります。"),
            new("監査記録", "個人情報の閲覧記録 (誰が・いつ・誰の情報を・何の目的で)。市の担当課のみ参照できます。"));
        services.Configure<WorklistOptions>(builder.Configuration.GetSection(WorklistOptions.SectionName));
        services.AddScoped<FiguresQueries>();
        services.AddScoped<WorklistQuery>();
        return builder;
    }

    public static WebApplication MapConsultations(this WebApplication app, RouteGroupBuilder api)
    {
        var work = api.MapGroup("").RequireAuthorization(AccessPolicies.CenterWork);
        work.MapClients();
        work.MapCases();
        work.MapNotes();
        work.MapPlans();
        work.MapWorklist();
        work.MapFigures();
        work.MapAudit();
        app.MapGrpcService<ConsultationsQueriesService>().RequireAuthorization(AccessPolicies.Queries);
        return app;
    }
}
