using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HoukatsuCare.DementiaSupport.Common;
using HoukatsuCare.DementiaSupport.Infrastructure;
using HoukatsuCare.ServiceDefaults.Access;
using HoukatsuCare.ServiceDefaults.Api;
using HoukatsuCare.ServiceDefaults.Audit;
using HoukatsuCare.ServiceDefaults.Authentication;
using HoukatsuCare.ServiceDefaults.Data;
using HoukatsuCare.ServiceDefaults.Idempotency;
using HoukatsuCare.ServiceDefaults.OpenApi;
using HoukatsuCare.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.DementiaSupport.TeamOrange;

public static class TeamOrangeEndpoints
{
    public static RouteGroupBuilder MapTeamOrange(this RouteGroupBuilder api)
    {
        var teams = api.MapGroup("/team-orange/teams").WithTags("チームオレンジ");
        teams.MapPost("/", Register).WithIdempotencyKey().WithName("registerOrangeTeam").ProducesProblems(422).WithSummary("チームオレンジを登録する")
            .WithDescription("チーム名、活動拠点、結成日、圏域、連携する生活支援コーディネーターを登録します。");
        teams.MapGet("/", List).WithName("listOrangeTeams").WithSummary("チームオレンジの一覧")
            .WithDescription("圏域で絞り込めます。解散したチームは includeDisbanded=true のときだけ含みます。");
        teams.MapGet("/{id:guid}", Get).WithName("getOrangeTeam").ProducesProblems(404).WithSummary("チームオレンジを取得する")
            .WithDescription("他のセンターのチームは見つからない扱い (404) です。");
        teams.MapPut("/{id:guid}", Update).WithName("updateOrangeTeam").ProducesProblems(404, 409, 422).WithSummary("チームオレンジを変更する")
            .WithDescription("チーム名・拠点・連携する生活支援コーディネーター・解散日を変更します。取得時の version が必要です。");
        teams.MapPost("/{id:guid}/members", AddMember).WithIdempotencyKey().WithName("addOrangeTeamMember").ProducesProblems(404, 422).WithSummary("メンバーを加える")
            .WithDescription("認知症サポーターをチームに加えます。サポーターになった養成講座が分かれば supporterCourseId で結び付けます。");
        teams.MapGet("/{id:guid}/members", Members).WithName("listOrangeTeamMembers").ProducesProblems(404).WithSummary("メンバーの一覧")
            .WithDescription("在籍中のメンバー (includeLeft=true で脱退者も)。閲覧は監査記録に残ります。");
        teams.MapPost("/{id:guid}/members/{memberId:guid}/departure", Depart).WithName("recordOrangeTeamMemberDeparture").ProducesProblems(404, 422).WithSummary("メンバーの脱退を記録する")
            .WithDescription("脱退日を記録します。");
        teams.MapPost("/{id:guid}/activities", RecordActivity).WithIdempotencyKey().WithName("recordOrangeTeamActivity").ProducesProblems(404, 422).WithSummary("支援活動を記録する")
            .WithDescription("見守り・話し相手・外出支援などの活動を、支援した人数と参加メンバー数で記録します (氏名は記録しません)。");
        teams.MapGet("/{id:guid}/activities", Activities).WithName("listOrangeTeamActivities").ProducesProblems(404).WithSummary("支援活動の一覧")
            .WithDescription("年度 (省略時は今年度) の活動。新しい順。");
        return api;
    }

    private static async Task<Results<Created<TeamResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterTeamRequest request, CallerContext caller, Placement placement, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (place, problem) = placement.Resolve(caller, request.CenterId, request.DailyLifeAreaId);
        if (place is null)
        {
            return problem!;
        }
        if (RecordDates.Past("formedOn", request.FormedOn!.Value, clock) is { } badDate)
        {
            return badDate;
        }
        if (Coordinators(request.LifeSupportCoordinatorIds) is not { } coordinators)
        {
            return BadCoordinator(request.LifeSupportCoordinatorIds!);
        }
        var team = new OrangeTeam
        {
            MunicipalityCode = place.MunicipalityCode,
            CenterId = place.CenterId,
            DailyLifeAreaId = place.DailyLifeAreaId,
            Name = request.Name.Trim(),
            Base = request.Base?.Trim(),
            FormedOn = request.FormedOn.Value,
            LifeSupportCoordinatorIds = coordinators,
            CreatedAt = clock.GetUtcNow(),
        };
        db.OrangeTeams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dementia-support/team-orange/teams/{team.Id}", TeamResponse.From(team, 0));
    }

    private static async Task<Results<Ok<Page<TeamResponse>>, ValidationProblem>> List(
        CallerContext caller, DementiaSupportDbContext db, CancellationToken cancellationToken,
        [Description("日常生活圏域")][StringLength(64, ErrorMessage = Messages.TooLong)] string? areaId = null,
        [Description("解散したチームも含める")] bool includeDisbanded = false,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        var query = db.OrangeTeams.AsNoTracking().VisibleTo(caller);
        if (!string.IsNullOrEmpty(areaId))
        {
            query = query.Where(t => t.DailyLifeAreaId == areaId);
        }
        if (!includeDisbanded)
        {
            query = query.Where(t => t.DisbandedOn == null);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.DailyLifeAreaId).ThenBy(t => t.Name).ThenBy(t => t.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .Select(t => new { Team = t, Active = db.TeamMembers.Count(m => m.TeamId == t.Id && m.LeftOn == null) })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<TeamResponse>(items.Select(i => TeamResponse.From(i.Team, i.Active)).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> Get(
        Guid id, CallerContext caller, DementiaSupportDbContext db, CancellationToken cancellationToken)
    {
        var team = await db.OrangeTeams.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return team is null
            ? Problems.NotFound("チームオレンジ")
            : TypedResults.Ok(TeamResponse.From(team, await ActiveMembers(db, id, cancellationToken)));
    }

    private static async Task<Results<Ok<TeamResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateTeamRequest request, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var team = await db.OrangeTeams.VisibleTo(caller).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return Problems.NotFound("チームオレンジ");
        }
        if (Coordinators(request.LifeSupportCoordinatorIds) is not { } coordinators)
        {
            return BadCoordinator(request.LifeSupportCoordinatorIds!);
        }
        if (request.DisbandedOn is { } disbandedOn
            && (disbandedOn < team.FormedOn || RecordDates.Past("disbandedOn", disbandedOn, clock) is not null))
        {
            return Problems.Unprocessable("disbandedOn", "解散日は結成日から今日までの日付にしてください。");
        }
        if (team.Version != request.Version)
        {
            // stale even when the edit would change nothing (EF would then write nothing and never compare)
            return Problems.StaleVersion();
        }
        db.ExpectVersion(team, request.Version.Value);
        team.Name = request.Name.Trim();
        team.Base = request.Base?.Trim();
        team.LifeSupportCoordinatorIds = coordinators;
        team.DisbandedOn = request.DisbandedOn;
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Problems.StaleVersion();
        }
        return TypedResults.Ok(TeamResponse.From(team, await ActiveMembers(db, id, cancellationToken)));
    }

    private static async Task<Results<Created<MemberResponse>, ValidationProblem, ProblemHttpResult>> AddMember(
        Guid id, AddMemberRequest request, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var team = await db.OrangeTeams.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return Problems.NotFound("チームオレンジ");
        }
        var joinedOn = request.JoinedOn!.Value;
        if (RecordDates.Past("joinedOn", joinedOn, clock) is { } badDate)
        {
            return badDate;
        }
        if (!team.ActiveOn(joinedOn))
        {
            return Problems.Unprocessable("joinedOn", "チームの結成日から解散日までの日付にしてください。");
        }
        if (request.SupporterCourseId is { } courseId
            && !await db.SupporterCourses.AnyAsync(c => c.Id == courseId && c.MunicipalityCode == caller.MunicipalityCode && c.HeldOn <= joinedOn, cancellationToken))
        {
            return Problems.Unprocessable("supporterCourseId", "市内の養成講座 (加入日以前に開催) が見つかりません。");
        }
        var member = new TeamMember
        {
            TeamId = team.Id,
            Name = request.Name.Trim(),
            Role = request.Role!.Value,
            SupporterCourseId = request.SupporterCourseId,
            JoinedOn = joinedOn,
            CreatedAt = clock.GetUtcNow(),
        };
        db.TeamMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dementia-support/team-orange/teams/{team.Id}/members", MemberResponse.From(member));
    }

    private static async Task<Results<Ok<Page<MemberResponse>>, ValidationProblem, ProblemHttpResult>> Members(
        Guid id, CallerContext caller, DementiaSupportDbContext db, PersonalDataAudit audit, CancellationToken cancellationToken,
        [Description("脱退したメンバーも含める")] bool includeLeft = false,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 50)
    {
        if (!await db.OrangeTeams.VisibleTo(caller).AnyAsync(t => t.Id == id, cancellationToken))
        {
            return Problems.NotFound("チームオレンジ");
        }
        var query = db.TeamMembers.AsNoTracking().Where(m => m.TeamId == id);
        if (!includeLeft)
        {
            query = query.Where(m => m.LeftOn == null);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(m => m.Role).ThenBy(m => m.JoinedOn).ThenBy(m => m.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        await audit.RecordReadAsync(items.Select(m => m.Id), cancellationToken);
        return TypedResults.Ok(new Page<MemberResponse>(items.Select(MemberResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<MemberResponse>, ValidationProblem, ProblemHttpResult>> Depart(
        Guid id, Guid memberId, MemberDepartureRequest request, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.OrangeTeams.VisibleTo(caller).AnyAsync(t => t.Id == id, cancellationToken)
            || await db.TeamMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.TeamId == id, cancellationToken) is not { } member)
        {
            return Problems.NotFound("メンバー");
        }
        var leftOn = request.LeftOn!.Value;
        if (leftOn < member.JoinedOn || RecordDates.Past("leftOn", leftOn, clock) is not null)
        {
            return Problems.Unprocessable("leftOn", "脱退日は加入日から今日までの日付にしてください。");
        }
        member.LeftOn = leftOn;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MemberResponse.From(member));
    }

    private static async Task<Results<Created<ActivityResponse>, ValidationProblem, ProblemHttpResult>> RecordActivity(
        Guid id, RecordActivityRequest request, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var team = await db.OrangeTeams.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return Problems.NotFound("チームオレンジ");
        }
        var on = request.On!.Value;
        if (RecordDates.Past("on", on, clock) is { } badDate)
        {
            return badDate;
        }
        if (!team.ActiveOn(on))
        {
            return Problems.Unprocessable("on", "チームの結成日から解散日までの日付にしてください。");
        }
        var activity = new TeamActivity
        {
            TeamId = team.Id,
            MunicipalityCode = team.MunicipalityCode,
            CenterId = team.CenterId,
            On = on,
            Kind = request.Kind!.Value,
            PeopleSupported = request.PeopleSupported!.Value,
            MembersTakingPart = request.MembersTakingPart!.Value,
            CreatedBy = caller.Subject,
            CreatedAt = clock.GetUtcNow(),
        };
        db.TeamActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dementia-support/team-orange/teams/{team.Id}/activities", ActivityResponse.From(activity));
    }

    private static async Task<Results<Ok<Page<ActivityResponse>>, ValidationProblem, ProblemHttpResult>> Activities(
        Guid id, CallerContext caller, DementiaSupportDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        [Description("年度 (省略時は今年度)")][Range(Period.MinFiscalYear, Period.MaxFiscalYear, ErrorMessage = Messages.Range)] int? fiscalYear = null,
        [Range(1, 100000, ErrorMessage = Messages.Range)] int page = 1,
        [Range(1, Paging.MaxPageSize, ErrorMessage = Messages.Range)] int pageSize = 20)
    {
        if (!await db.OrangeTeams.VisibleTo(caller).AnyAsync(t => t.Id == id, cancellationToken))
        {
            return Problems.NotFound("チームオレンジ");
        }
        var period = Period.Year(fiscalYear ?? FiscalYear.Of(JapanTime.Today(clock)));
        var query = db.TeamActivities.AsNoTracking().Where(a => a.TeamId == id && a.On >= period.From && a.On <= period.Until);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.On).ThenBy(a => a.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ActivityResponse>(items.Select(ActivityResponse.From).ToList(), page, pageSize, total));
    }

    private static Task<int> ActiveMembers(DementiaSupportDbContext db, Guid teamId, CancellationToken cancellationToken) =>
        db.TeamMembers.CountAsync(m => m.TeamId == teamId && m.LeftOn == null, cancellationToken);

    /// <summary>The coordinator ids, trimmed and distinct; null when one is blank or longer than an id can be.</summary>
    private static List<string>? Coordinators(IReadOnlyList<string>? ids) =>
        (ids ?? []).All(id => !string.IsNullOrWhiteSpace(id) && id.Trim().Length <= 64)
            ? (ids ?? []).Select(id => id.Trim()).Distinct().ToList()
            : null;

    private static ProblemHttpResult BadCoordinator(IReadOnlyList<string> ids)
    {
        var index = ids.ToList().FindIndex(id => string.IsNullOrWhiteSpace(id) || id.Trim().Length > 64);
        return Problems.Unprocessable($"lifeSupportCoordinatorIds[{index}]", "生活支援コーディネーターの ID を 64 文字以内で指定してください。");
    }
}
