using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Common.Translations;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Ideas.Pages;

/// <summary>One idea: its text, photos, supports and the staff's official answer, which only the area's editors give.</summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class IdeaDetailModel(
    IdeaReader reader, IdeaSupports supports, IdeaDesk desk, ParticipationAccess access, SmartRegionDb db, IStringLocalizer<SharedTexts> texts,
    ContributionTranslations translations) : PageModel
{
    public IdeaDetails Details { get; private set; } = default!;

    /// <summary>Title and text in the language the reader picked (<c>?lang=</c>); null for a hidden idea.</summary>
    public TranslatedText? Text { get; private set; }

    public bool MayTranslate { get; private set; }

    public bool SignedIn { get; private set; }

    public bool HasSupported { get; private set; }

    public bool CanAnswer { get; private set; }

    [BindProperty]
    public AnswerInput Answer { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Created { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Answered { get; set; }

    /// <summary>Why the last support could not be counted, shown above the button.</summary>
    public string? SupportMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Answer = new AnswerInput { Status = Details.Idea.Status, Text = Details.Idea.OfficialAnswer };
        return Page();
    }

    public Task<IActionResult> OnPostSupportAsync(int id, CancellationToken cancellationToken) => ChangeSupportAsync(id, withdraw: false, cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken) => ChangeSupportAsync(id, withdraw: true, cancellationToken);

    public async Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken cancellationToken)
    {
        var idea = await db.Set<Idea>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (idea is null)
        {
            return NotFound();
        }

        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!await access.IsEditorAsync(User, idea.AreaId, cancellationToken))
        {
            return Forbid();
        }

        ModelState.Clear();
        foreach (var problem in desk.CheckAnswer(Answer.Status, Answer.Text))
        {
            ModelState.AddModelError($"Answer.{(problem.Field == "Answer" ? "Text" : problem.Field)}", problem.Message);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        await desk.AnswerAsync(idea, Answer.Status!.Value, Answer.Text, ParticipationAccess.AccountId(User), cancellationToken);
        return Redirect($"/participation/ideas/{id}?answered=true#answer");
    }

    private async Task<IActionResult> ChangeSupportAsync(int id, bool withdraw, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect($"/participation/ideas/{id}#support");
        }

        if (ParticipationAccess.AccountId(User) is not { } accountId)
        {
            return Challenge();
        }

        if (await access.IsBlockedAsync(accountId, Details.Idea.AreaId, cancellationToken))
        {
            SupportMessage = texts["Ideas.Error.Blocked"];
            return Page();
        }

        if (Details.IsHidden || !Details.SupportsOpen)
        {
            SupportMessage = texts["Ideas.Support.Closed"];
            return Page();
        }

        if (withdraw)
        {
            await supports.WithdrawAsync(id, accountId, cancellationToken);
        }
        else
        {
            await supports.SupportAsync(id, accountId, cancellationToken);
        }

        return Redirect($"/participation/ideas/{id}#support");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var details = await reader.FindAsync(id, cancellationToken);
        if (details is null)
        {
            return false;
        }

        Details = details;
        var accountId = ParticipationAccess.AccountId(User);
        SignedIn = accountId is not null;
        HasSupported = accountId is { } account && await supports.HasSupportedAsync(id, account, cancellationToken);
        CanAnswer = User.Identity?.IsAuthenticated == true && await access.IsEditorAsync(User, details.Idea.AreaId, cancellationToken);
        var contribution = TranslatableContribution.Of(details.Idea);
        Text = details.IsHidden ? null : await translations.ForReaderAsync(contribution, Request.Query[Translations.QueryParameter], "idea-text", cancellationToken);
        MayTranslate = await translations.RightAsync(User, contribution, cancellationToken) == TranslationRight.Allowed;
        return true;
    }
}

public sealed class AnswerInput
{
    public IdeaStatus? Status { get; set; }

    public string? Text { get; set; }
}
