using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Common.Translations;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Processes.Pages;

/// <summary>
/// A process for everyone: what it is about, where it stands, its phases and what residents can do now. A draft
/// exists only for the area's editors; everyone else gets the same 404 as for an address that never existed.
/// </summary>
public sealed class ProcessDetailModel(SmartRegionDb db, RegionDirectory directory, ParticipationAccess access, Translations translations, TimeProvider clock) : PageModel
{
    /// <summary>The subject kind of a process's translations.</summary>
    public const string SubjectKind = "process";

    public Process Process { get; private set; } = default!;

    public TranslatedText Text { get; private set; } = default!;

    public string? AreaName { get; private set; }

    public string? AreaSlug { get; private set; }

    public FieldInfo? Field { get; private set; }

    public Phase? CurrentPhase { get; private set; }

    public Phase? NextPhase { get; private set; }

    public IReadOnlyList<Component> OpenComponents { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? lang, CancellationToken cancellationToken)
    {
        var process = await ProcessQueries.BySlugAsync(db, slug, tracked: false, cancellationToken);
        if (process is null)
        {
            return NotFound();
        }

        MayEdit = User.Identity?.IsAuthenticated == true && await access.IsEditorAsync(User, process.AreaId, cancellationToken);
        if (!process.IsPublished && !MayEdit)
        {
            return NotFound();
        }

        Process = process;
        Now = clock.GetUtcNow().UtcDateTime;
        CurrentPhase = ProcessPhases.Current(process.Phases, Now);
        NextPhase = process.Phases.Where(p => p.StartsAt > Now).MinBy(p => p.StartsAt);
        OpenComponents = process.IsPublished ? ProcessPhases.OpenComponents(CurrentPhase) : [];
        var area = (await directory.ChoicesAsync(cancellationToken)).Find(a => a.Id == process.AreaId);
        (AreaName, AreaSlug) = (area?.Name, area?.Slug);
        Field = process.FieldKey is null ? null : (await directory.FieldsAsync(cancellationToken)).Find(f => f.Key == process.FieldKey);

        var german = new TextVersion(ContentLanguage.German, process.TitleDe, Join(process.SummaryDe, process.DescriptionDe));
        var english = string.IsNullOrWhiteSpace(process.TitleEn)
            ? null
            : new TextVersion(ContentLanguage.English, process.TitleEn, Join(process.SummaryEn ?? "", process.DescriptionEn));
        Text = await translations.ForReaderAsync(SubjectKind, process.Id, german, lang, cancellationToken,
            english is null ? null : [english], headingLevel: 1, idPrefix: "process-text");
        return Page();
    }

    private static string Join(string summary, string? description) =>
        string.IsNullOrWhiteSpace(description) ? summary : $"{summary}\n\n{description}";
}
