using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Common.Translations;

/// <summary>
/// Adds a translation to an idea or an event, or replaces the one in the same language. The author and the
/// moderators and editors of the contribution's area may; everyone else is refused (see <see cref="ContributionTranslations"/>).
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class TranslateModel(ContributionTranslations contributions, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public TranslationForm Input { get; set; } = new();

    public TranslatableContribution Contribution { get; private set; } = default!;

    public IReadOnlyList<string> TranslatedInto { get; private set; } = [];

    public bool IsBlocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, int id, string? language, CancellationToken cancellationToken)
    {
        if (await LoadAsync(kind, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // Opened for a language that exists already: the form starts from it, so replacing means correcting.
        if (language is not null && Contribution.TargetLanguages.Contains(language))
        {
            Input.Language = language;
            var existing = (await contributions.OfAsync(Contribution, cancellationToken)).Find(t => t.Language == language);
            (Input.Title, Input.Text) = (existing?.Title, existing?.Body);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(kind, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(Contribution.PageUrl);
        }

        if (IsBlocked)
        {
            return Page();
        }

        // The data annotations only mark the fields as required; the rules below give the messages, as in the API.
        ModelState.Clear();
        foreach (var problem in contributions.Check(Contribution, Input.Language, Input.Title, Input.Text))
        {
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await contributions.SaveAsync(Contribution, Input.Language!, Input.Title!, Input.Text!, ParticipationAccess.AccountId(User), cancellationToken);
        return Redirect($"{Contribution.PageUrl}?{Translations.QueryParameter}={Input.Language}");
    }

    /// <summary>The contribution when the person may translate it; otherwise the answer to give instead.</summary>
    private async Task<IActionResult?> LoadAsync(string kind, int id, CancellationToken cancellationToken)
    {
        var subjectKind = kind == "ideas" ? TranslatableContribution.IdeaKind : TranslatableContribution.EventKind;
        if (await contributions.FindAsync(subjectKind, id, cancellationToken) is not { } contribution)
        {
            return NotFound();
        }

        Contribution = contribution;
        switch (await contributions.RightAsync(User, contribution, cancellationToken))
        {
            case TranslationRight.SignInNeeded:
                return Challenge();
            case TranslationRight.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case TranslationRight.Blocked:
                IsBlocked = true;
                ModelState.AddModelError(string.Empty, texts["Translations.Blocked"]);
                break;
        }

        TranslatedInto = [.. (await contributions.OfAsync(contribution, cancellationToken)).Select(t => t.Language)];
        return null;
    }
}

public sealed class TranslationForm
{
    [Required]
    public string? Language { get; set; }

    [Required]
    public string? Title { get; set; }

    [Required]
    public string? Text { get; set; }
}
