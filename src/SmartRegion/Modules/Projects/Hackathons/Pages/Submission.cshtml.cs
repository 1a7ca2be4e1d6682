using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Hackathons.Files;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>A team member hands in the team's result or changes it, and adds or removes its files, until the submission deadline.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]

// A file a little over the limit still gets its message next to the field; far larger requests end before they are read.
[RequestSizeLimit(HackathonsModel.SubmissionFileMaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = HackathonsModel.SubmissionFileMaxBytes + 64 * 1024)]
public sealed class SubmissionModel(HackathonCatalog catalog, HackathonTeams teams, SubmissionFiles files, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public SubmissionInput Input { get; set; } = new();

    public Hackathon Hackathon { get; private set; } = new();

    public HackathonTeam Team { get; private set; } = new();

    public bool IsOpen { get; private set; }

    /// <summary>The team's result once handed in; files attach to it.</summary>
    public HackathonSubmission? Submission { get; private set; }

    public List<SubmissionFileInfo> Files { get; private set; } = [];

    /// <summary>The text key of what the last file action did, shown once.</summary>
    [TempData]
    public string? FileNotice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Submission is { } existing)
        {
            Input = SubmissionInput.Of(existing);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect($"/hackathons/{id}");
        }

        foreach (var (field, message) in HackathonRules.CheckSubmission(Input, texts).Where(p => p.Field.EndsWith("Url", StringComparison.Ordinal)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await teams.SubmitAsync(Hackathon, SignedInAccount.IdOf(User)!.Value, Input, cancellationToken);
        if (outcome != TeamOutcome.Done)
        {
            ModelState.AddModelError(string.Empty, texts[HackathonTexts.Outcome(outcome)]);
            IsOpen = teams.IsOpen(Hackathon);
            return Page();
        }

        TempData[nameof(DetailModel.Notice)] = "Hackathons.Submission.Saved";
        return Redirect($"/hackathons/{id}#participate");
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? upload, CancellationToken cancellationToken)
    {
        if (await FileRefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var outcome = upload is null ? SubmissionFileOutcome.Empty : await files.AddAsync(Submission!, upload, cancellationToken);
        if (outcome != SubmissionFileOutcome.Done)
        {
            // Only the file is checked here; the result's own fields were not posted with it.
            ModelState.Clear();
            ModelState.AddModelError(UploadField, texts[$"Hackathons.Files.{outcome}", HackathonsModel.SubmissionFileMaxBytes / (1024 * 1024), HackathonsModel.MaxSubmissionFiles]);
            Input = SubmissionInput.Of(Submission!);
            return Page();
        }

        FileNotice = "Hackathons.Files.Added";
        return Redirect($"/hackathons/{id}/submission#files-heading");
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, Guid fileId, CancellationToken cancellationToken)
    {
        if (await FileRefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!await files.RemoveAsync(Submission!, fileId, cancellationToken))
        {
            return NotFound();
        }

        FileNotice = "Hackathons.Files.Removed";
        return Redirect($"/hackathons/{id}/submission#files-heading");
    }

    /// <summary>The name of the file field, for its error.</summary>
    public const string UploadField = "Upload";

    /// <summary>Files need a handed-in result and an open hackathon; a bot's post changes nothing.</summary>
    private async Task<IActionResult?> FileRefusalAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect($"/hackathons/{id}/submission");
        }

        return Submission is null || !IsOpen ? StatusCode(StatusCodes.Status409Conflict) : null;
    }

    /// <summary>Only members of a team reach the page; the team is the person's own, found by their membership.</summary>
    private async Task<IActionResult?> RefusalAsync(int id, CancellationToken cancellationToken)
    {
        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return NotFound();
        }

        Hackathon = hackathon;
        IsOpen = teams.IsOpen(hackathon);
        if (SignedInAccount.IdOf(User) is not { } accountId || await catalog.TeamOfAsync(id, accountId, cancellationToken) is not { } team)
        {
            return Forbid();
        }

        Team = team;
        Submission = await catalog.SubmissionOfAsync(team.Id, cancellationToken);
        Files = Submission is null ? [] : await files.OfAsync([Submission.Id], cancellationToken);
        return null;
    }
}
