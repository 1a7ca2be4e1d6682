using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Projects.Makers;

/// <summary>Reads and writes profiles and portfolios; the pages and the API both go through here.</summary>
public sealed class MakerCatalog(SmartRegionDb db, RegionDirectory directory, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>Literal segments under <c>/projects/</c>; a project slug must not shadow them.</summary>
    private static readonly HashSet<string> ReservedSlugs = ["makers", "directory", "support", "hackathons", "new", "mine"];

    public Task<MakerProfile?> ProfileOfAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.Set<MakerProfile>().SingleOrDefaultAsync(p => p.AccountId == accountId, cancellationToken);

    public Task<MakerProfile?> ProfileBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Set<MakerProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);

    public Task<MakerProfile?> ProfileByIdAsync(int id, CancellationToken cancellationToken) =>
        db.Set<MakerProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<MakerProject?> ProjectBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Set<MakerProject>().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);

    public Task<MakerProject?> ProjectByIdAsync(int id, CancellationToken cancellationToken) =>
        db.Set<MakerProject>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<List<MakerProject>> ProjectsOfAsync(int profileId, CancellationToken cancellationToken) =>
        db.Set<MakerProject>().AsNoTracking().Where(p => p.ProfileId == profileId).OrderBy(p => p.Title).ToListAsync(cancellationToken);

    public async Task<HashSet<string>> FieldKeysAsync(CancellationToken cancellationToken) =>
        [.. (await directory.FieldsAsync(cancellationToken)).Select(f => f.Key)];

    public async Task<bool> AreaExistsAsync(int? areaId, CancellationToken cancellationToken) =>
        areaId is { } id && (await directory.LookupAsync([id], cancellationToken)).ContainsKey(id);

    /// <summary>The ids of the area named by slug and every area below it; null when the slug names no area.</summary>
    public async Task<List<int>?> AreaScopeAsync(string? areaSlug, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(areaSlug) || await directory.AreaIdAsync(areaSlug, cancellationToken) is not { } areaId
            ? null
            : await directory.AreaAndBelowAsync(areaId, cancellationToken);

    public async Task<(List<MakerProfile> Items, int Total)> MakersAsync(string? field, List<int>? areas, int page, CancellationToken cancellationToken)
    {
        var query = db.Set<MakerProfile>().AsNoTracking();
        if (!string.IsNullOrEmpty(field))
        {
            var marker = $",{field},";
            query = query.Where(p => p.FieldKeys.Contains(marker));
        }

        if (areas is not null)
        {
            query = query.Where(p => areas.Contains(p.AreaId));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.DisplayName).ThenBy(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<(List<MakerProject> Items, int Total)> ProjectsAsync(string? field, List<int>? areas, ProjectStage? stage, int page, CancellationToken cancellationToken)
    {
        var query = db.Set<MakerProject>().AsNoTracking();
        if (!string.IsNullOrEmpty(field))
        {
            var marker = $",{field},";
            query = query.Where(p => p.FieldKeys.Contains(marker));
        }

        if (areas is not null)
        {
            query = query.Where(p => areas.Contains(p.AreaId));
        }

        if (stage is { } wanted)
        {
            query = query.Where(p => p.Stage == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>Display names of the profiles behind a list of projects.</summary>
    public async Task<Dictionary<int, MakerProfile>> ProfilesAsync(IEnumerable<int> profileIds, CancellationToken cancellationToken)
    {
        var ids = profileIds.Distinct().ToList();
        return await db.Set<MakerProfile>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    /// <summary>Creates the account's profile, or changes it; the slug stays once given so links keep working.</summary>
    public async Task<MakerProfile> SaveProfileAsync(Guid accountId, ProfileInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await ProfileOfAsync(accountId, cancellationToken);
        if (profile is null)
        {
            profile = new MakerProfile
            {
                AccountId = accountId,
                Slug = await FreeSlugAsync(input.DisplayName!, slug => db.Set<MakerProfile>().AnyAsync(p => p.Slug == slug, cancellationToken)),
                CreatedAt = now,
            };
            db.Add(profile);
        }

        profile.Kind = input.Kind;
        profile.DisplayName = input.DisplayName!.Trim();
        profile.Description = input.Description!.Trim();
        profile.FieldKeys = MakerRules.JoinFields(input.FieldKeys);
        profile.AreaId = input.AreaId!.Value;
        profile.SkillsSought = Blank(input.SkillsSought);
        profile.SkillsOffered = Blank(input.SkillsOffered);
        profile.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return profile;
    }

    /// <summary>Adds a project to the profile's portfolio (<paramref name="project"/> null) or changes one.</summary>
    public async Task<MakerProject> SaveProjectAsync(MakerProfile profile, MakerProject? project, ProjectInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow().UtcDateTime;
        if (project is null)
        {
            project = new MakerProject
            {
                ProfileId = profile.Id,
                Slug = await FreeSlugAsync(input.Title!, slug => db.Set<MakerProject>().AnyAsync(p => p.Slug == slug, cancellationToken)),
                CreatedAt = now,
            };
            db.Add(project);
        }

        project.Title = input.Title!.Trim();
        project.Summary = input.Summary!.Trim();
        project.Stage = input.Stage;
        project.FieldKeys = MakerRules.JoinFields(input.FieldKeys);
        project.AreaId = input.AreaId!.Value;
        project.Links = string.Join('\n', MakerRules.SplitLinks(input.Links));
        project.Contact = input.Contact;
        project.PublicEmail = input.Contact == ContactPreference.PublicEmail ? input.PublicEmail?.Trim() : null;
        project.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    public async Task DeleteProjectAsync(MakerProject project, CancellationToken cancellationToken)
    {
        db.Remove(project);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static ProjectInput InputOf(MakerProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new()
        {
            Title = project.Title,
            Summary = project.Summary,
            Stage = project.Stage,
            FieldKeys = MakerRules.SplitFields(project.FieldKeys),
            AreaId = project.AreaId,
            Links = project.Links,
            Contact = project.Contact,
            PublicEmail = project.PublicEmail,
        };
    }

    public static ProfileInput InputOf(MakerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new()
        {
            Kind = profile.Kind,
            DisplayName = profile.DisplayName,
            Description = profile.Description,
            FieldKeys = MakerRules.SplitFields(profile.FieldKeys),
            AreaId = profile.AreaId,
            SkillsSought = profile.SkillsSought,
            SkillsOffered = profile.SkillsOffered,
        };
    }

    /// <summary>A readable, unique slug: umlauts spelled out, everything else not a letter or digit becomes a dash.</summary>
    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spelled = text.ToLowerInvariant().Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var c in spelled)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length > 70)
        {
            result = result[..70].TrimEnd('-');
        }

        return result.Length == 0 ? "projekt" : result;
    }

    private static async Task<string> FreeSlugAsync(string text, Func<string, Task<bool>> taken)
    {
        var stem = Slugify(text);
        var candidate = stem;
        for (var number = 2; ReservedSlugs.Contains(candidate) || await taken(candidate); number++)
        {
            candidate = $"{stem}-{number}";
        }

        return candidate;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
