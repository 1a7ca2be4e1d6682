using System.Security.Claims;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Modules.Sensing.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;
using static SmartRegion.Modules.Projects.Hackathons.HackathonProblems;

namespace SmartRegion.Modules.Projects.Hackathons;

public sealed record HackathonSummaryDto(int Id, string Area, string Title, DateTime StartsAt, DateTime EndsAt, DateTime SubmissionDeadline, string? PlaceName, bool IsOnline, string Url);

public sealed record ChallengeDto(int Id, string Title, string Description, string OwnerOrganisation, IReadOnlyList<DatastreamDto> Datastreams);

public sealed record DatastreamDto(long Id, string Name, string Unit, string ThingName, string Url);

public sealed record TeamDto(int Id, string Name, int MemberCount, int? ChallengeId);

public sealed record ResultDto(int SubmissionId, string Team, string Award, string? JuryStatement, string Description, string? RepositoryUrl, string? DemoUrl);

public sealed record HackathonDto(
    int Id, string Area, string Title, string Description, DateTime StartsAt, DateTime EndsAt, DateTime SubmissionDeadline, string? PlaceName,
    bool IsOnline, IReadOnlyList<string> Fields, int TeamSizeMin, int TeamSizeMax, IReadOnlyList<ChallengeDto> Challenges,
    IReadOnlyList<TeamDto> Teams, IReadOnlyList<ResultDto>? Results, string Url);

public sealed record NewTeam(string? Name);

public sealed record ChallengeChoice(int? ChallengeId);

/// <summary>The public and the participants' part of the hackathon API; the editors' part is <see cref="HackathonEditorApi"/>.</summary>
internal static class HackathonsApi
{
    public static void MapHackathonsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/projects/hackathons").WithTags("Projects");
        api.MapGet("/", ListAsync).WithName("ListHackathons").WithSummary("All hackathons, newest first.");
        api.MapGet("/{id:int}", GetAsync).WithName("GetHackathon")
            .WithSummary("One hackathon with its challenges (and their SensorThings Datastreams), its teams and, once published, its results.");
        api.MapGet("/datastreams", SearchDatastreamsAsync).WithName("SearchHackathonDatastreams")
            .WithSummary("Datastreams whose name or Thing's name contains q, for linking challenges to sensor data.");
        api.MapHackathonEditorApi();
        var participant = api.MapGroup("/{id:int}").WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        participant.MapPost("/registration", RegisterAsync).WithName("RegisterForHackathon").WithSummary("Registers the signed-in person.");
        participant.MapPost("/teams", CreateTeamAsync).WithName("CreateHackathonTeam").WithSummary("Creates a team with the signed-in (registered) person as its first member.");
        participant.MapPost("/teams/{teamId:int}/join", JoinAsync).WithName("JoinHackathonTeam").WithSummary("Joins a team while it has room.");
        participant.MapPost("/team/leave", LeaveAsync).WithName("LeaveHackathonTeam").WithSummary("Leaves the signed-in person's team.");
        participant.MapPut("/team/challenge", ChooseChallengeAsync).WithName("ChooseHackathonChallenge").WithSummary("Sets the challenge of the signed-in person's team.");
        participant.MapPut("/team/submission", SubmitAsync).WithName("SubmitHackathonResult")
            .WithSummary("Hands in or changes the result of the signed-in person's team, until the submission deadline.");
    }

    private static async Task<IResult> ListAsync(HackathonCatalog catalog, RegionDirectory directory, HttpContext context, CancellationToken cancellationToken)
    {
        var areas = (await directory.ChoicesAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Slug);
        return TypedResults.Ok((await catalog.ListAsync(cancellationToken)).Select(h => new HackathonSummaryDto(
            h.Id, areas.GetValueOrDefault(h.AreaId) ?? "", h.Title, Utc(h.StartsAt), Utc(h.EndsAt), Utc(h.SubmissionDeadline), h.PlaceName, h.IsOnline,
            PublicUrl.For(context, $"/hackathons/{h.Id}"))).ToList());
    }

    private static async Task<IResult> GetAsync(int id, HackathonCatalog catalog, RegionDirectory directory, HttpContext context, CancellationToken cancellationToken)
    {
        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return NotFound(id);
        }

        var streams = await catalog.DatastreamsOfAsync(hackathon, cancellationToken);
        var teams = await catalog.TeamsAsync(id, cancellationToken);
        List<ResultDto>? results = null;
        if (hackathon.ResultsPublishedAt is not null)
        {
            var names = teams.ToDictionary(t => t.Id, t => t.Name);
            results = [.. (await catalog.SubmissionsAsync(id, cancellationToken)).Where(s => s.Award != HackathonAward.None).OrderBy(s => s.Award)
                .Select(s => new ResultDto(s.Id, names.GetValueOrDefault(s.TeamId) ?? "", s.Award.ToString(), s.JuryStatement, s.Description, s.RepositoryUrl, s.DemoUrl))];
        }

        var area = (await directory.ChoicesAsync(cancellationToken)).SingleOrDefault(a => a.Id == hackathon.AreaId)?.Slug ?? "";
        return TypedResults.Ok(new HackathonDto(
            hackathon.Id, area, hackathon.Title, hackathon.Description, Utc(hackathon.StartsAt), Utc(hackathon.EndsAt), Utc(hackathon.SubmissionDeadline),
            hackathon.PlaceName, hackathon.IsOnline, hackathon.Fields, hackathon.TeamSizeMin, hackathon.TeamSizeMax,
            [.. hackathon.Challenges.Select(c => new ChallengeDto(c.Id, c.Title, c.Description, c.OwnerOrganisation,
                [.. c.Datastreams.Where(d => streams.ContainsKey(d.DatastreamId)).Select(d => streams[d.DatastreamId])
                    .Select(d => new DatastreamDto(d.Id, d.Name, d.Unit, d.ThingName, PublicUrl.For(context, d.SensorThingsPath)))]))],
            [.. teams.Select(t => new TeamDto(t.Id, t.Name, t.MemberCount, t.ChallengeId))],
            results,
            PublicUrl.For(context, $"/hackathons/{hackathon.Id}")));
    }

    private static async Task<IResult> SearchDatastreamsAsync(string? q, DatastreamDirectory datastreams, HttpContext context, CancellationToken cancellationToken) =>
        TypedResults.Ok((await datastreams.SearchAsync(q ?? "", cancellationToken))
            .Select(d => new DatastreamDto(d.Id, d.Name, d.Unit, d.ThingName, PublicUrl.For(context, d.SensorThingsPath))).ToList());

    private static Task<IResult> RegisterAsync(int id, ClaimsPrincipal user, HackathonCatalog catalog, HackathonTeams teams, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken) =>
        ParticipateAsync(id, user, catalog, texts, (hackathon, accountId) => teams.RegisterAsync(hackathon, accountId, cancellationToken), cancellationToken);

    private static async Task<IResult> CreateTeamAsync(
        int id, NewTeam team, ClaimsPrincipal user, HackathonCatalog catalog, HackathonTeams teams, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var input = new TeamInput { Name = team.Name };
        var problems = AttributeRules.Check(input, texts);
        if (problems.Count > 0)
        {
            return Invalid(problems, texts);
        }

        return await ParticipateAsync(id, user, catalog, texts, async (hackathon, accountId) => (await teams.CreateTeamAsync(hackathon, accountId, input.Name!, cancellationToken)).Outcome, cancellationToken);
    }

    private static Task<IResult> JoinAsync(int id, int teamId, ClaimsPrincipal user, HackathonCatalog catalog, HackathonTeams teams, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken) =>
        ParticipateAsync(id, user, catalog, texts, (hackathon, accountId) => teams.JoinAsync(hackathon, teamId, accountId, cancellationToken), cancellationToken);

    private static Task<IResult> LeaveAsync(int id, ClaimsPrincipal user, HackathonCatalog catalog, HackathonTeams teams, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken) =>
        ParticipateAsync(id, user, catalog, texts, (hackathon, accountId) => teams.LeaveAsync(hackathon, accountId, cancellationToken), cancellationToken);

    private static Task<IResult> ChooseChallengeAsync(
        int id, ChallengeChoice choice, ClaimsPrincipal user, HackathonCatalog catalog, HackathonTeams teams, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken) =>
        ParticipateAsync(id, user, catalog, texts, (hackathon, accountId) => teams.ChooseChallengeAsync(hackathon, accountId, choice.ChallengeId, cancellationToken), cancellationToken);

    private static async Task<IResult> SubmitAsync(
        int id, SubmissionInput input, ClaimsPrincipal user, HackathonCatalog catalog, HackathonTeams teams, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var problems = HackathonRules.CheckSubmission(input, texts);
        if (problems.Count > 0)
        {
            return Invalid(problems, texts);
        }

        return await ParticipateAsync(id, user, catalog, texts, (hackathon, accountId) => teams.SubmitAsync(hackathon, accountId, input, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> ParticipateAsync(
        int id, ClaimsPrincipal user, HackathonCatalog catalog, IStringLocalizer<SharedTexts> texts, Func<Hackathon, Guid, Task<TeamOutcome>> act, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is not { } accountId)
        {
            return Unauthorized();
        }

        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return NotFound(id);
        }

        var outcome = await act(hackathon, accountId);
        return outcome switch
        {
            TeamOutcome.Done => TypedResults.NoContent(),
            TeamOutcome.TeamNotFound => TypedResults.Problem(texts[HackathonTexts.Outcome(outcome)], statusCode: StatusCodes.Status404NotFound, title: "Not found"),
            TeamOutcome.NotInTeam or TeamOutcome.NotRegistered => TypedResults.Problem(texts[HackathonTexts.Outcome(outcome)], statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
            TeamOutcome.UnknownChallenge => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["challengeId"] = [texts[HackathonTexts.Outcome(outcome)]] }),
            _ => TypedResults.Problem(texts[HackathonTexts.Outcome(outcome)], statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
        };
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
