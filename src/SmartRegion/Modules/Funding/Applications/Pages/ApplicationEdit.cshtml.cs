using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Applications.Pages;

/// <summary>
/// The applicant fills in the draft: "save" keeps it (only readable input is needed), "submit" saves and then
/// submits, which needs every rule of the call kept. Another account gets 404.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class ApplicationEditModel(ApplicationDesk desk, ApplicationFiles files, FundingAttachments attachments, CallCatalog calls, RegionDirectory directory) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public FundingApplication Application { get; private set; } = default!;

    public FundingCall Call { get; private set; } = default!;

    public List<AreaChoice> Areas { get; private set; } = [];

    public List<AnswerFieldView> Questions { get; private set; } = [];

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ApplicationStates.IsEditable(Application.State))
        {
            return Redirect(ApplicationDesk.LinkTo(id));
        }

        var culture = CultureInfo.CurrentCulture;
        Input = new ApplicationInput
        {
            Title = Application.Title,
            ApplicantName = Application.ApplicantName,
            ApplicantType = Application.ApplicantType,
            AreaId = Application.AreaId,
            GrantRequested = Application.GrantRequested?.ToString("0.##", culture),
            Answers = Call.FormFields.ToDictionary(f => f.Key, f => AnswerFieldView.ToInput(f, Application.Answers.GetValueOrDefault(f.Key), culture), StringComparer.Ordinal),
        };
        await ShowAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(int id, bool submit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(ApplicationDesk.LinkTo(id));
        }

        ModelState.Clear();
        Input.Answers = AnswerFieldView.FromForm(Request.Form, Call.FormFields);
        var outcome = await desk.SaveDraftAsync(Call, Application, Input, CultureInfo.CurrentCulture, cancellationToken);
        if (outcome.Succeeded)
        {
            foreach (var field in Call.FormFields.Where(f => f.Kind == FormFieldKind.File))
            {
                if (Request.Form.Files.GetFile("Answer." + field.Key) is { Length: > 0 } file)
                {
                    var attached = await files.AttachAsync(Call, Application, field.Key, file, cancellationToken);
                    AddErrors(attached);
                }
            }

            if (ModelState.IsValid && submit)
            {
                outcome = await desk.SubmitAsync(Call, Application, cancellationToken);
            }
        }

        AddErrors(outcome);
        if (!ModelState.IsValid || Refusal is not null)
        {
            await LoadAsync(id, cancellationToken);
            await ShowAsync(cancellationToken);
            return Page();
        }

        return Redirect($"{ApplicationDesk.LinkTo(id)}?done={(submit ? "submitted" : "saved")}");
    }

    private void AddErrors(DeskOutcome outcome)
    {
        if (outcome.Refusal is DeskRefusal.Closed or DeskRefusal.NotEditable)
        {
            Refusal = outcome.Message;
        }

        foreach (var (key, message) in outcome.Errors)
        {
            ModelState.AddModelError(FormKey(key), message);
        }
    }

    /// <summary>The rules' keys as the form names its fields: <c>Title</c> → <c>Input.Title</c>, <c>Answers.f1</c> → <c>Answer.f1</c>.</summary>
    public static string FormKey(string key) =>
        key.StartsWith(ApplicationRules.AnswersPrefix, StringComparison.Ordinal) ? "Answer." + key[ApplicationRules.AnswersPrefix.Length..] : $"{nameof(Input)}.{key}";

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var application = await desk.FindAsync(id, cancellationToken);
        if (application is null || !ApplicationDesk.IsApplicant(User, application))
        {
            return false;
        }

        Application = application;
        Call = (await calls.FindAsync(application.CallId, cancellationToken))!;
        return true;
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        var all = await directory.ChoicesAsync(cancellationToken);
        var eligible = new List<AreaChoice>();
        foreach (var area in all)
        {
            if (Call.EligibleAreaIds.Any(e => area.Path.Contains($"/{e}/", StringComparison.Ordinal)))
            {
                eligible.Add(area);
            }
        }

        Areas = eligible;
        var stored = await attachments.OfApplicationAsync(Application.Id, cancellationToken);
        Questions = [.. Call.FormFields.Select(field =>
        {
            var file = Application.Answers.GetValueOrDefault(field.Key)?.Value is { } value && Guid.TryParse(value, out var fileId) ? stored.GetValueOrDefault(fileId) : null;
            var errors = ModelState["Answer." + field.Key]?.Errors.Select(e => e.ErrorMessage).ToList() ?? [];
            return new AnswerFieldView(field, Input.Answers.GetValueOrDefault(field.Key) ?? new AnswerInput(), errors, file);
        })];
    }
}
