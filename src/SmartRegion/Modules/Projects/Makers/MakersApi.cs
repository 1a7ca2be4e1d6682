using System.Security.Claims;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Makers;

/// <summary>The makers' directory and portfolios as JSON, with the same permissions as the pages.</summary>
internal static class MakersApi
{
    public static void MapMakersApi(this WebApplication app)
    {
        var makers = app.MapGroup("/api/projects/makers").WithTags("Projects");
        makers.MapGet("/", ListMakersAsync).WithName("ListProjectMakers")
            .WithSummary("Project makers, optionally of an innovation or action field and of an area and the areas below it; 20 a page.");
        makers.MapGet("/me", MyProfileAsync).WithName("GetMyMakerProfile")
            .WithSummary("The signed-in project maker's own profile with their projects.");
        makers.MapPut("/me", SaveProfileAsync).WithName("SaveMyMakerProfile")
            .WithSummary("Creates or changes the signed-in person's maker profile. Needs the ProjectMaker role.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        makers.MapGet("/{slug}", GetMakerAsync).WithName("GetProjectMaker")
            .WithSummary("One project maker with their portfolio.");

        var portfolio = app.MapGroup("/api/projects/portfolio").WithTags("Projects");
        portfolio.MapGet("/", ListProjectsAsync).WithName("ListMakerProjects")
            .WithSummary("Projects of all makers, optionally of a field, an area (and below) and a stage (Idea, Prototype, Pilot, Scaling); 20 a page.");
        portfolio.MapGet("/{slug}", GetProjectAsync).WithName("GetMakerProject").WithSummary("One project.");
        portfolio.MapPost("/", (ProjectSubmission submission, ClaimsPrincipal user, MakerCatalog catalog, RegionDirectory directory, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken) =>
                SaveProjectAsync(null, submission, user, catalog, directory, texts, cancellationToken))
            .WithName("AddMakerProject").WithSummary("Adds a project to the signed-in maker's portfolio. Links must be http or https addresses.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        portfolio.MapPut("/{slug}", (string slug, ProjectSubmission submission, ClaimsPrincipal user, MakerCatalog catalog, RegionDirectory directory, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken) =>
                SaveProjectAsync(slug, submission, user, catalog, directory, texts, cancellationToken))
            .WithName("UpdateMakerProject").WithSummary("Changes a project. Only its maker.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        portfolio.MapDelete("/{slug}", DeleteProjectAsync).WithName("DeleteMakerProject").WithSummary("Deletes a project. Only its maker.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
    }

    private static async Task<IResult> ListMakersAsync(
        MakerCatalog catalog, RegionDirectory directory, string? field, string? area, int? page, CancellationToken cancellationToken)
    {
        if (await FilterProblemAsync(catalog, field, area, page, cancellationToken) is { } problem)
        {
            return problem;
        }

        var (items, total) = await catalog.MakersAsync(field, await catalog.AreaScopeAsync(area, cancellationToken), page ?? 1, cancellationToken);
        var areas = await MakerDtos.AreaNamesAsync(directory, items.Select(p => p.AreaId), cancellationToken);
        return TypedResults.Ok(new PageDto<MakerDto>([.. items.Select(p => MakerDtos.Of(p, areas))], total, page ?? 1, MakerCatalog.PageSize));
    }

    private static async Task<IResult> ListProjectsAsync(
        MakerCatalog catalog, RegionDirectory directory, string? field, string? area, string? stage, int? page, CancellationToken cancellationToken)
    {
        if (await FilterProblemAsync(catalog, field, area, page, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (!MakerDtos.TryParse<ProjectStage>(stage, default, out var wanted))
        {
            return MakerDtos.Problem(400, "Invalid query", "stage: use Idea, Prototype, Pilot or Scaling.");
        }

        var (items, total) = await catalog.ProjectsAsync(field, await catalog.AreaScopeAsync(area, cancellationToken), string.IsNullOrEmpty(stage) ? null : wanted, page ?? 1, cancellationToken);
        var makers = await catalog.ProfilesAsync(items.Select(p => p.ProfileId), cancellationToken);
        var areas = await MakerDtos.AreaNamesAsync(directory, items.Select(p => p.AreaId), cancellationToken);
        return TypedResults.Ok(new PageDto<ProjectDto>([.. items.Select(p => MakerDtos.Of(p, makers[p.ProfileId], areas))], total, page ?? 1, MakerCatalog.PageSize));
    }

    private static async Task<IResult> GetMakerAsync(string slug, MakerCatalog catalog, RegionDirectory directory, CancellationToken cancellationToken) =>
        await catalog.ProfileBySlugAsync(slug, cancellationToken) is { } profile
            ? TypedResults.Ok(await WithProjectsAsync(profile, catalog, directory, cancellationToken))
            : MakerDtos.Problem(404, "Not found", $"There is no project maker '{slug}'.");

    private static async Task<IResult> MyProfileAsync(ClaimsPrincipal user, MakerCatalog catalog, RegionDirectory directory, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is not { } accountId)
        {
            return MakerDtos.Problem(401, "Unauthorized", "This needs a signed-in person.");
        }

        return await catalog.ProfileOfAsync(accountId, cancellationToken) is { } profile
            ? TypedResults.Ok(await WithProjectsAsync(profile, catalog, directory, cancellationToken))
            : MakerDtos.Problem(404, "Not found", "You have no maker profile yet.");
    }

    private static async Task<IResult> SaveProfileAsync(
        ProfileSubmission submission, ClaimsPrincipal user, MakerCatalog catalog, RegionDirectory directory, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        if (RefusedWriter(user) is { } refusal)
        {
            return refusal;
        }

        var areaId = string.IsNullOrEmpty(submission.Area) ? null : await directory.AreaIdAsync(submission.Area, cancellationToken);
        var kindKnown = MakerDtos.TryParse<MakerKind>(submission.Kind, MakerKind.Person, out var kind);
        var input = new ProfileInput
        {
            Kind = kind,
            DisplayName = submission.DisplayName,
            Description = submission.Description,
            FieldKeys = [.. submission.Fields ?? []],
            AreaId = areaId,
            SkillsSought = submission.SkillsSought,
            SkillsOffered = submission.SkillsOffered,
        };
        var problems = AttributeRules.Check(input, texts);
        problems.AddRange(MakerRules.CheckProfile(input, areaId is not null, await catalog.FieldKeysAsync(cancellationToken), texts));
        if (!kindKnown)
        {
            problems.Add((nameof(ProfileInput.Kind), texts["Makers.Error.Kind"]));
        }

        if (problems.Count > 0)
        {
            return MakerDtos.Invalid(problems, texts["Form.ErrorSummaryTitle"]);
        }

        var profile = await catalog.SaveProfileAsync(SignedInAccount.IdOf(user)!.Value, input, cancellationToken);
        return TypedResults.Ok(await WithProjectsAsync(profile, catalog, directory, cancellationToken));
    }

    private static async Task<IResult> GetProjectAsync(string slug, MakerCatalog catalog, RegionDirectory directory, CancellationToken cancellationToken)
    {
        if (await catalog.ProjectBySlugAsync(slug, cancellationToken) is not { } project)
        {
            return MakerDtos.Problem(404, "Not found", $"There is no project '{slug}'.");
        }

        var maker = (await catalog.ProfileByIdAsync(project.ProfileId, cancellationToken))!;
        var areas = await MakerDtos.AreaNamesAsync(directory, [project.AreaId], cancellationToken);
        return TypedResults.Ok(MakerDtos.Of(project, maker, areas));
    }

    private static async Task<IResult> SaveProjectAsync(
        string? slug, ProjectSubmission submission, ClaimsPrincipal user, MakerCatalog catalog, RegionDirectory directory, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        if (RefusedWriter(user) is { } refusal)
        {
            return refusal;
        }

        var (profile, project, ownership) = await OwnedAsync(slug, user, catalog, cancellationToken);
        if (ownership is not null)
        {
            return ownership;
        }

        var areaId = string.IsNullOrEmpty(submission.Area) ? null : await directory.AreaIdAsync(submission.Area, cancellationToken);
        var stageKnown = MakerDtos.TryParse<ProjectStage>(submission.Stage, ProjectStage.Idea, out var stage);
        var contactKnown = MakerDtos.TryParse<ContactPreference>(submission.Contact, ContactPreference.PlatformForm, out var contact);
        var input = new ProjectInput
        {
            Title = submission.Title,
            Summary = submission.Summary,
            Stage = stage,
            FieldKeys = [.. submission.Fields ?? []],
            AreaId = areaId,
            Links = string.Join('\n', submission.Links ?? []),
            Contact = contact,
            PublicEmail = submission.PublicEmail,
        };
        var problems = AttributeRules.Check(input, texts);
        problems.AddRange(MakerRules.CheckProject(input, areaId is not null, await catalog.FieldKeysAsync(cancellationToken), texts));
        if (!stageKnown)
        {
            problems.Add((nameof(ProjectInput.Stage), texts["Makers.Error.Stage"]));
        }

        if (!contactKnown)
        {
            problems.Add((nameof(ProjectInput.Contact), texts["Makers.Error.Contact"]));
        }

        if (problems.Count > 0)
        {
            return MakerDtos.Invalid(problems, texts["Form.ErrorSummaryTitle"]);
        }

        var saved = await catalog.SaveProjectAsync(profile!, project, input, cancellationToken);
        var dto = MakerDtos.Of(saved, profile!, await MakerDtos.AreaNamesAsync(directory, [saved.AreaId], cancellationToken));
        return project is null ? TypedResults.Created($"/api/projects/portfolio/{saved.Slug}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<IResult> DeleteProjectAsync(string slug, ClaimsPrincipal user, MakerCatalog catalog, CancellationToken cancellationToken)
    {
        if (RefusedWriter(user) is { } refusal)
        {
            return refusal;
        }

        var (_, project, ownership) = await OwnedAsync(slug, user, catalog, cancellationToken);
        if (ownership is not null)
        {
            return ownership;
        }

        await catalog.DeleteProjectAsync(project!, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Anonymous callers get 401, signed-in people without the ProjectMaker role 403.</summary>
    internal static IResult? RefusedWriter(ClaimsPrincipal user)
    {
        if (SignedInAccount.IdOf(user) is null)
        {
            return MakerDtos.Problem(401, "Unauthorized", "This needs a signed-in person.");
        }

        return ProjectsAccess.IsProjectMaker(user) ? null : MakerDtos.Problem(403, "Forbidden", "Only project makers keep a profile and a portfolio; an administrator grants the role.");
    }

    /// <summary>The caller's profile and, for a slug, the project, when it is theirs; otherwise the refusal.</summary>
    private static async Task<(MakerProfile? Profile, MakerProject? Project, IResult? Refusal)> OwnedAsync(
        string? slug, ClaimsPrincipal user, MakerCatalog catalog, CancellationToken cancellationToken)
    {
        var profile = await catalog.ProfileOfAsync(SignedInAccount.IdOf(user)!.Value, cancellationToken);
        MakerProject? project = null;
        if (slug is not null)
        {
            var found = await catalog.ProjectBySlugAsync(slug, cancellationToken);
            if (found is null)
            {
                return (profile, null, MakerDtos.Problem(404, "Not found", $"There is no project '{slug}'."));
            }

            if (profile is null || found.ProfileId != profile.Id)
            {
                return (profile, null, MakerDtos.Problem(403, "Forbidden", "Only the project's maker changes it."));
            }

            project = await catalog.ProjectByIdAsync(found.Id, cancellationToken);
        }

        return profile is null
            ? (null, null, MakerDtos.Problem(409, "Conflict", "Create your maker profile first (PUT /api/projects/makers/me)."))
            : (profile, project, null);
    }

    private static async Task<IResult?> FilterProblemAsync(MakerCatalog catalog, string? field, string? area, int? page, CancellationToken cancellationToken)
    {
        if (page is < 1)
        {
            return MakerDtos.Problem(400, "Invalid query", "page: must be 1 or more.");
        }

        if (!string.IsNullOrEmpty(field) && !(await catalog.FieldKeysAsync(cancellationToken)).Contains(field))
        {
            return MakerDtos.Problem(400, "Invalid query", $"field: there is no field '{field}'.");
        }

        return !string.IsNullOrEmpty(area) && await catalog.AreaScopeAsync(area, cancellationToken) is null
            ? MakerDtos.Problem(400, "Invalid query", $"area: there is no area '{area}'.")
            : null;
    }

    private static async Task<MakerWithProjectsDto> WithProjectsAsync(MakerProfile profile, MakerCatalog catalog, RegionDirectory directory, CancellationToken cancellationToken)
    {
        var projects = await catalog.ProjectsOfAsync(profile.Id, cancellationToken);
        var areas = await MakerDtos.AreaNamesAsync(directory, projects.Select(p => p.AreaId).Append(profile.AreaId), cancellationToken);
        return new MakerWithProjectsDto(MakerDtos.Of(profile, areas), [.. projects.Select(p => MakerDtos.Of(p, profile, areas))]);
    }
}
