using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Common.Translations;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Processes.Pages;

/// <summary>
/// The area's editors change a process and add its texts in Turkish or Arabic. An editor of another area is
/// refused, even with the address in hand.
/// </summary>
[Authorize]
public sealed class ProcessEditModel(
    SmartRegionDb db, RegionDirectory directory, ParticipationAccess access, IStringLocalizer<SharedTexts> texts, Translations translations, TimeProvider clock)
    : ProcessFormPage(db, directory, access, texts)
{
    /// <summary>Languages an editor adds by hand: German and English have their own fields.</summary>
    public static readonly IReadOnlyList<string> TranslationLanguages = [ContentLanguage.Turkish, ContentLanguage.Arabic];

    [BindProperty]
    public TranslationInput Translation { get; set; } = new();

    public Process? Process { get; private set; }

    public IReadOnlyList<string> TranslatedInto { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = ProcessInput.From(Process!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        ModelState.Remove(nameof(Translation));
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Translation.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (await CheckAsync(cancellationToken) is { } areaRefusal)
        {
            return areaRefusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var process = Process!;
        process.AreaId = Input.AreaId!.Value;
        ProcessRules.Apply(process, Input.ToDraft());
        process.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await Db.SaveChangesAsync(cancellationToken);
        return Redirect($"/participation/processes/{process.Slug}?saved=true");
    }

    public async Task<IActionResult> OnPostTranslationAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        Input = ProcessInput.From(Process!);
        if (Translation.Language is null || !TranslationLanguages.Contains(Translation.Language))
        {
            ModelState.AddModelError("Translation.Language", Texts["Validation.Required", Texts["Translations.Language"]]);
        }

        if (string.IsNullOrWhiteSpace(Translation.Title))
        {
            ModelState.AddModelError("Translation.Title", Texts["Validation.Required", Texts["Translations.TitleLabel"]]);
        }
        else if (Translation.Title.Trim().Length > ProcessRules.TitleMax)
        {
            ModelState.AddModelError("Translation.Title", Texts["Validation.MaxLength", Texts["Translations.TitleLabel"], ProcessRules.TitleMax]);
        }

        if (Translation.Body?.Trim().Length > ProcessRules.DescriptionMax)
        {
            ModelState.AddModelError("Translation.Body", Texts["Validation.MaxLength", Texts["Translations.BodyLabel"], ProcessRules.DescriptionMax]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await translations.SaveAsync(
            ProcessDetailModel.SubjectKind, Process!.Id, Translation.Language!, Translation.Title!, Translation.Body, ParticipationAccess.AccountId(User), cancellationToken);
        return Redirect($"/participation/processes/{Process.Slug}?lang={Translation.Language}");
    }

    /// <summary>Loads the process when the person edits its area; otherwise the answer to give instead.</summary>
    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        Process = await ProcessQueries.BySlugAsync(Db, slug, tracked: true, cancellationToken);
        if (Process is null)
        {
            return NotFound();
        }

        if (!await Access.IsEditorAsync(User, Process.AreaId, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await LoadChoicesAsync(cancellationToken);
        TranslatedInto = await translations.LanguagesAsync(ProcessDetailModel.SubjectKind, Process.Id, cancellationToken);
        return null;
    }
}

public sealed class TranslationInput
{
    public string? Language { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }
}
