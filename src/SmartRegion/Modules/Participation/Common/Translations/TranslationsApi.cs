using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Common.Translations;

public sealed record TranslationDto(string Language, string Direction, string Title, string? Text, DateTime CreatedAt);

public sealed record TranslationListDto(string Kind, int Id, string OriginalLanguage, IReadOnlyList<TranslationDto> Translations);

public sealed record TranslationRequest(string? Title, string? Text);

/// <summary>Translations of ideas and events as JSON, with the permissions of the translate page.</summary>
internal static class TranslationsApi
{
    public static void MapContributionTranslationsApi(this WebApplication app)
    {
        MapFor(app, "ideas", TranslatableContribution.IdeaKind, "Idea", "idea");
        MapFor(app, "events", TranslatableContribution.EventKind, "NeighbourhoodEvent", "event");
    }

    private static void MapFor(WebApplication app, string segment, string kind, string name, string noun)
    {
        var api = app.MapGroup($"/api/participation/{segment}/{{id:int}}/translations").WithTags("Participation");
        api.MapGet("", (int id, ClaimsPrincipal user, ContributionTranslations contributions, CancellationToken cancellationToken) =>
                ListAsync(kind, id, user, contributions, cancellationToken))
            .WithName($"List{name}Translations")
            .WithSummary($"The translations of the {noun} besides its original language. A hidden {noun}'s texts only for the staff of its area.");
        api.MapPut("/{language}", (int id, string language, TranslationRequest request, ClaimsPrincipal user, ContributionTranslations contributions, CancellationToken cancellationToken) =>
                PutAsync(kind, id, language, request, user, contributions, cancellationToken))
            .WithName($"Translate{name}")
            .WithSummary($"Adds the {noun}'s translation into a language (de, en, tr, ar; not its own) or replaces it. Its author and the moderators and editors of its area.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
    }

    private static async Task<IResult> ListAsync(string kind, int id, ClaimsPrincipal user, ContributionTranslations contributions, CancellationToken cancellationToken)
    {
        var contribution = await contributions.FindAsync(kind, id, cancellationToken);
        var mayRead = contribution is not null && await contributions.MayReadAsync(user, contribution, cancellationToken);

        // An event that is not approved does not exist for the public, as in the events API; a hidden one shows no texts.
        if (contribution is null || (!contribution.IsApproved && !mayRead))
        {
            return NotFound(kind, id);
        }

        var translations = mayRead ? (await contributions.OfAsync(contribution, cancellationToken)).Select(ToDto).ToList() : [];
        return TypedResults.Ok(new TranslationListDto(kind, id, contribution.Language, translations));
    }

    private static async Task<IResult> PutAsync(
        string kind, int id, string language, TranslationRequest request, ClaimsPrincipal user, ContributionTranslations contributions, CancellationToken cancellationToken)
    {
        var contribution = await contributions.FindAsync(kind, id, cancellationToken);
        if (contribution is null)
        {
            return NotFound(kind, id);
        }

        switch (await contributions.RightAsync(user, contribution, cancellationToken))
        {
            case TranslationRight.SignInNeeded:
                return TypedResults.Problem("Sign in to do this.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
            case TranslationRight.Forbidden:
                return TypedResults.Problem(
                    $"Only the {kind}'s author (while it is public) and the moderators and editors of its area translate it.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
            case TranslationRight.Blocked:
                return TypedResults.Problem("Your account is blocked from contributing in this area.", statusCode: StatusCodes.Status403Forbidden, title: "Blocked");
        }

        var problems = contributions.Check(contribution, language, request.Title, request.Text);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(
                problems.GroupBy(p => char.ToLowerInvariant(p.Field[0]) + p.Field[1..]).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        var (translation, created) = await contributions.SaveAsync(contribution, language, request.Title!, request.Text!, ParticipationAccess.AccountId(user), cancellationToken);
        var dto = ToDto(translation);
        return created
            ? TypedResults.Created($"/api/participation/{contribution.Segment}/{id}/translations/{language}", dto)
            : TypedResults.Ok(dto);
    }

    private static TranslationDto ToDto(ContentTranslation translation) =>
        new(translation.Language, ContentLanguage.Direction(translation.Language), translation.Title, translation.Body, translation.CreatedAt);

    private static ProblemHttpResult NotFound(string kind, int id) =>
        TypedResults.Problem($"There is no {kind} {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
