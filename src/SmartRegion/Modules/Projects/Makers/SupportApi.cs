using System.Security.Claims;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Makers;

/// <summary>Support requests as JSON: makers file and follow theirs, editors of the area handle them.</summary>
internal static class SupportApi
{
    public static void MapSupportApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/projects/support-requests").WithTags("Projects");
        api.MapPost("/", FileAsync).WithName("FileSupportRequest")
            .WithSummary("A project maker asks for support (Mentoring, DataAccess, Networking, FundingAdvice), optionally about one of their projects.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapGet("/mine", MineAsync).WithName("ListMySupportRequests")
            .WithSummary("The signed-in maker's requests with their status (staff's internal notes are not shown).");
        api.MapGet("/", QueueAsync).WithName("ListSupportRequestQueue")
            .WithSummary("The requests of every area the signed-in editor looks after, optionally of one status (New, InProgress, Done, Declined).");
        api.MapPut("/{id:int}", HandleAsync).WithName("HandleSupportRequest")
            .WithSummary("Sets a request's status and internal note. Editors of the request's area.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
    }

    private static async Task<IResult> FileAsync(
        SupportSubmission submission, ClaimsPrincipal user, MakerCatalog catalog, SupportDesk desk, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        if (MakersApi.RefusedWriter(user) is { } refusal)
        {
            return refusal;
        }

        if (await catalog.ProfileOfAsync(SignedInAccount.IdOf(user)!.Value, cancellationToken) is not { } profile)
        {
            return MakerDtos.Problem(409, "Conflict", "Create your maker profile first (PUT /api/projects/makers/me).");
        }

        var problems = new List<(string Field, string Message)>();
        if (!MakerDtos.TryParse<SupportKind>(submission.Kind, SupportKind.Mentoring, out var kind) || string.IsNullOrEmpty(submission.Kind))
        {
            problems.Add((nameof(SupportInput.Kind), texts["Makers.Error.SupportKind"]));
        }

        MakerProject? project = null;
        if (!string.IsNullOrEmpty(submission.Project))
        {
            project = await catalog.ProjectBySlugAsync(submission.Project, cancellationToken);
            if (project is null || project.ProfileId != profile.Id)
            {
                problems.Add((nameof(SupportInput.ProjectId), texts["Makers.Error.SupportProject"]));
            }
        }

        var input = new SupportInput { Kind = kind, ProjectId = project?.Id, Description = submission.Description };
        problems.AddRange(AttributeRules.Check(input, texts));
        if (problems.Count > 0)
        {
            return MakerDtos.Invalid(problems, texts["Form.ErrorSummaryTitle"]);
        }

        var request = await desk.FileAsync(profile, project, input, cancellationToken);
        return TypedResults.Created("/api/projects/support-requests/mine", Mine(request, project?.Slug));
    }

    private static async Task<IResult> MineAsync(ClaimsPrincipal user, MakerCatalog catalog, SupportDesk desk, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is not { } accountId)
        {
            return MakerDtos.Problem(401, "Unauthorized", "This needs a signed-in person.");
        }

        if (await catalog.ProfileOfAsync(accountId, cancellationToken) is not { } profile)
        {
            return TypedResults.Ok(Array.Empty<MySupportRequestDto>());
        }

        var slugs = (await catalog.ProjectsOfAsync(profile.Id, cancellationToken)).ToDictionary(p => p.Id, p => p.Slug);
        var requests = await desk.RequestsOfAsync(profile.Id, cancellationToken);
        return TypedResults.Ok(requests.Select(r => Mine(r, r.ProjectId is { } id ? slugs.GetValueOrDefault(id) : null)).ToList());
    }

    private static async Task<IResult> QueueAsync(ClaimsPrincipal user, MakerCatalog catalog, SupportDesk desk, string? status, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is null)
        {
            return MakerDtos.Problem(401, "Unauthorized", "This needs a signed-in person.");
        }

        if (!MakerDtos.TryParse<SupportStatus>(status, SupportStatus.New, out var wanted))
        {
            return MakerDtos.Problem(400, "Invalid query", "status: use New, InProgress, Done or Declined.");
        }

        var requests = await desk.QueueAsync(user, string.IsNullOrEmpty(status) ? null : wanted, cancellationToken);
        var makers = await catalog.ProfilesAsync(requests.Select(r => r.ProfileId), cancellationToken);
        var projects = new Dictionary<int, string>();
        foreach (var id in requests.Where(r => r.ProjectId is not null).Select(r => r.ProjectId!.Value).Distinct())
        {
            if (await catalog.ProjectByIdAsync(id, cancellationToken) is { } project)
            {
                projects[id] = project.Slug;
            }
        }

        return TypedResults.Ok(requests.Select(r => new QueuedSupportRequestDto(
            r.Id, r.Kind.ToString(), makers[r.ProfileId].Slug, makers[r.ProfileId].DisplayName, r.ProjectId is { } p ? projects.GetValueOrDefault(p) : null,
            r.AreaId, r.Description, r.Status.ToString(), r.InternalNote, r.CreatedAt, r.UpdatedAt)).ToList());
    }

    private static async Task<IResult> HandleAsync(
        int id, HandlingSubmission submission, ClaimsPrincipal user, SupportDesk desk, ProjectsAccess access, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is not { } accountId)
        {
            return MakerDtos.Problem(401, "Unauthorized", "This needs a signed-in person.");
        }

        if (await desk.FindAsync(id, cancellationToken) is not { } request)
        {
            return MakerDtos.Problem(404, "Not found", $"There is no support request {id}.");
        }

        if (!await access.IsEditorAsync(user, request.AreaId, cancellationToken))
        {
            return MakerDtos.Problem(403, "Forbidden", "Only editors of the request's area handle it.");
        }

        var problems = new List<(string Field, string Message)>();
        if (!MakerDtos.TryParse<SupportStatus>(submission.Status, request.Status, out var status))
        {
            problems.Add((nameof(HandlingInput.Status), texts["Makers.Error.Status"]));
        }

        var input = new HandlingInput { Status = status, InternalNote = submission.InternalNote };
        problems.AddRange(AttributeRules.Check(input, texts));
        if (problems.Count > 0)
        {
            return MakerDtos.Invalid(problems, texts["Form.ErrorSummaryTitle"]);
        }

        await desk.HandleAsync(request, input, accountId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static MySupportRequestDto Mine(SupportRequest r, string? projectSlug) =>
        new(r.Id, r.Kind.ToString(), projectSlug, r.Description, r.Status.ToString(), r.CreatedAt, r.UpdatedAt);
}
