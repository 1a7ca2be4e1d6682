using System.Security.Claims;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;
using static SmartRegion.Modules.Projects.Hackathons.HackathonProblems;

namespace SmartRegion.Modules.Projects.Hackathons;

public sealed record ResultsPublication(IReadOnlyList<AwardInput>? Awards);

/// <summary>
/// The editors' part of the hackathon API: hackathons and challenges are created, changed and deleted, results
/// published, by editors of the hackathon's area (or an area above it) and admins. The rules are the forms' rules.
/// </summary>
internal static class HackathonEditorApi
{
    public static void MapHackathonEditorApi(this RouteGroupBuilder api)
    {
        api.MapPost("/", CreateAsync).WithName("CreateHackathon")
            .WithSummary("Creates a hackathon. Editors of its area; times are Berlin wall-clock times (yyyy-MM-ddTHH:mm).");
        api.MapPut("/{id:int}", UpdateAsync).WithName("UpdateHackathon")
            .WithSummary("Changes a hackathon, by the rules of creating it. Editors of its area (and of the new area, if it moves).");
        api.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteHackathon")
            .WithSummary("Deletes a hackathon with its challenges; 409 once people registered, formed teams or handed in results.");
        api.MapPost("/{id:int}/challenges", AddChallengeAsync).WithName("AddHackathonChallenge")
            .WithSummary("Adds a challenge with its owner and Datastream ids. Editors of the hackathon's area.");
        api.MapPut("/{id:int}/challenges/{challengeId:int}", UpdateChallengeAsync).WithName("UpdateHackathonChallenge")
            .WithSummary("Changes a challenge, by the rules of adding it. Editors of the hackathon's area.");
        api.MapDelete("/{id:int}/challenges/{challengeId:int}", DeleteChallengeAsync).WithName("DeleteHackathonChallenge")
            .WithSummary("Deletes a challenge; 409 once a team picked it.");
        api.MapPost("/{id:int}/results", PublishResultsAsync).WithName("PublishHackathonResults")
            .WithSummary("Sets places 1-3 and honourable mentions with jury statements and publishes them. Editors of the hackathon's area.");
    }

    private static async Task<IResult> CreateAsync(
        HackathonInput input, ClaimsPrincipal user, HackathonEditing editing, RegionDirectory directory, ProjectsAccess access,
        IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is not { } accountId)
        {
            return Unauthorized();
        }

        var (schedule, refusal) = await CheckAsync(input, user, editing, directory, access, texts, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var hackathon = await editing.CreateAsync(input, schedule!, accountId, cancellationToken);
        return TypedResults.Created($"/api/projects/hackathons/{hackathon.Id}", new { hackathon.Id });
    }

    private static async Task<IResult> UpdateAsync(
        int id, HackathonInput input, ClaimsPrincipal user, HackathonCatalog catalog, HackathonEditing editing, RegionDirectory directory, ProjectsAccess access,
        IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var (hackathon, refusal) = await EditableAsync(id, user, catalog, access, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (schedule, invalid) = await CheckAsync(input, user, editing, directory, access, texts, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        var problems = await editing.UpdateAsync(hackathon!, input, schedule!, cancellationToken);
        return problems.Count > 0 ? Invalid(problems, texts) : TypedResults.NoContent();
    }

    private static async Task<IResult> DeleteAsync(
        int id, ClaimsPrincipal user, HackathonCatalog catalog, HackathonEditing editing, ProjectsAccess access, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var (hackathon, refusal) = await EditableAsync(id, user, catalog, access, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await editing.DeleteAsync(hackathon!, cancellationToken) ? TypedResults.NoContent() : Conflict(texts["Hackathons.Delete.HasParticipants"]);
    }

    private static async Task<IResult> AddChallengeAsync(
        int id, ChallengeInput input, ClaimsPrincipal user, HackathonCatalog catalog, ChallengeEditing challenges, ProjectsAccess access,
        IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var (hackathon, refusal) = await EditableAsync(id, user, catalog, access, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (challenge, problems) = await challenges.AddAsync(hackathon!, input, cancellationToken);
        return challenge is null ? Invalid(problems, texts) : TypedResults.Created($"/api/projects/hackathons/{id}", new { challenge.Id });
    }

    private static async Task<IResult> UpdateChallengeAsync(
        int id, int challengeId, ChallengeInput input, ClaimsPrincipal user, HackathonCatalog catalog, ChallengeEditing challenges, ProjectsAccess access,
        IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var (challenge, refusal) = await EditableChallengeAsync(id, challengeId, user, catalog, access, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = await challenges.UpdateAsync(challenge!, input, cancellationToken);
        return problems.Count > 0 ? Invalid(problems, texts) : TypedResults.NoContent();
    }

    private static async Task<IResult> DeleteChallengeAsync(
        int id, int challengeId, ClaimsPrincipal user, HackathonCatalog catalog, ChallengeEditing challenges, ProjectsAccess access,
        IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var (challenge, refusal) = await EditableChallengeAsync(id, challengeId, user, catalog, access, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await challenges.DeleteAsync(challenge!, cancellationToken) ? TypedResults.NoContent() : Conflict(texts["Hackathons.Challenge.Delete.Picked"]);
    }

    private static async Task<IResult> PublishResultsAsync(
        int id, ResultsPublication publication, ClaimsPrincipal user, HackathonCatalog catalog, HackathonEditing editing, ProjectsAccess access,
        IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var (hackathon, refusal) = await EditableAsync(id, user, catalog, access, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = await editing.PublishResultsAsync(hackathon!, publication.Awards ?? [], cancellationToken);
        return problems.Count > 0 ? Invalid(problems, texts) : TypedResults.NoContent();
    }

    /// <summary>The rules of creating, for a new and a changed hackathon alike: the person edits the chosen area, and the content passes.</summary>
    private static async Task<(HackathonSchedule? Schedule, IResult? Refusal)> CheckAsync(
        HackathonInput input, ClaimsPrincipal user, HackathonEditing editing, RegionDirectory directory, ProjectsAccess access,
        IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var areaId = string.IsNullOrWhiteSpace(input.Area) ? null : await directory.AreaIdAsync(input.Area, cancellationToken);
        if (areaId is { } known && !await access.IsEditorAsync(user, known, cancellationToken))
        {
            return (null, Forbidden("Only editors of the area run its hackathons."));
        }

        var problems = AttributeRules.Check(input, texts);
        problems.AddRange(HackathonRules.Check(input, areaId, await editing.KnownFieldsAsync(cancellationToken), texts, out var schedule));
        return problems.Count > 0 || schedule is null ? (null, Invalid(problems, texts)) : (schedule, null);
    }

    private static async Task<(Hackathon? Hackathon, IResult? Refusal)> EditableAsync(
        int id, ClaimsPrincipal user, HackathonCatalog catalog, ProjectsAccess access, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is null)
        {
            return (null, Unauthorized());
        }

        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return (null, NotFound(id));
        }

        return await access.IsEditorAsync(user, hackathon.AreaId, cancellationToken)
            ? (hackathon, null)
            : (null, Forbidden("Only editors of the hackathon's area change it."));
    }

    private static async Task<(HackathonChallenge? Challenge, IResult? Refusal)> EditableChallengeAsync(
        int id, int challengeId, ClaimsPrincipal user, HackathonCatalog catalog, ProjectsAccess access, CancellationToken cancellationToken)
    {
        var (hackathon, refusal) = await EditableAsync(id, user, catalog, access, cancellationToken);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        var challenge = hackathon!.Challenges.SingleOrDefault(c => c.Id == challengeId);
        return challenge is null
            ? (null, TypedResults.Problem($"Hackathon {id} has no challenge {challengeId}.", statusCode: StatusCodes.Status404NotFound, title: "Not found"))
            : (challenge, null);
    }
}
