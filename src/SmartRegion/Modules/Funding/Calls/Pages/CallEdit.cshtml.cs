using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Calls.Pages;

/// <summary>
/// Editors open a call (<c>/funding/calls/new</c>, routed here by <see cref="FundingModule"/>) or change it:
/// rules, dates, review criteria and the application form. The form offers spare rows for new criteria and
/// questions; saving keeps the filled ones and offers new spares. "Add a row" posts the form to
/// <see cref="OnPostAddRowAsync"/>, which shows it again with one more empty row and saves nothing, so it works
/// without JavaScript.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class CallEditModel(CallCatalog catalog, CallRules rules, FundingAccess access, RegionDirectory directory, IStringLocalizer<SharedTexts> texts) : PageModel
{
    public const int SpareCriteria = 2;
    public const int SpareFormFields = 3;

    /// <summary>The values of the "add a row" buttons, naming the list that grows.</summary>
    public const string CriteriaList = "criteria";
    public const string QuestionsList = "questions";

    [BindProperty]
    public CallInput Input { get; set; } = new();

    public int? CallId { get; private set; }

    public List<AreaChoice> Areas { get; private set; } = [];

    public List<AreaChoice> AllAreas { get; private set; } = [];

    public List<FieldInfo> Fields { get; private set; } = [];

    /// <summary>The id of the row just added by "add a row"; the page marks it, and a small script moves the focus into it.</summary>
    public string? NewRowId { get; private set; }

    public static string CriterionRowId(int index) => $"criterion-row-{index}";

    public static string QuestionRowId(int index) => $"question-row-{index}";

    /// <summary>The first field of a row, as the form names it: where the focus goes when the row was just added.</summary>
    public static string CriterionFirstFieldId(int index) => $"Input_Criteria_{index}__NameDe";

    public static string QuestionFirstFieldId(int index) => $"Input_FormFields_{index}__Kind";

    /// <summary>
    /// Where an "add a row" button posts: this form's own address (written out, because the page has two routes and a
    /// generated link could pick the other), with the new row's first field as fragment. The browser scrolls there
    /// without script; a fragment naming a field (rather than the row) also keeps browsers from taking the focus away
    /// from it after the page's script put it there.
    /// </summary>
    public string AddRowAction(string firstFieldId) => $"{(CallId is { } id ? $"{CallCatalog.LinkTo(id)}/edit" : "/funding/calls/new")}?handler=AddRow#{firstFieldId}";

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        var (call, refusal) = await AllowedAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (call is not null)
        {
            Input = CallInput.From(call);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var (call, refusal) = await AllowedAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect("/funding/calls");
        }

        // Numbers the binder could not read get one clear message; every other rule is CallRules', shared with the API.
        var unreadable = ModelState.Where(e => e.Value is { Errors.Count: > 0 } && !string.IsNullOrWhiteSpace(e.Value.AttemptedValue)).Select(e => e.Key).ToList();
        ModelState.Clear();
        foreach (var key in unreadable)
        {
            ModelState.AddModelError(key, texts["Funding.Validation.NumberPlain"]);
        }

        foreach (var (property, message) in await rules.ErrorsAsync(Input, cancellationToken))
        {
            var key = $"{nameof(Input)}.{property}";
            if (!unreadable.Contains(key))
            {
                ModelState.AddModelError(key, message);
            }
        }

        if (Input.AreaId is { } areaId && ModelState.IsValid && !await access.IsEditorAsync(User, areaId, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(CallInput.AreaId)}", texts["Funding.Validation.NotYourArea"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        var by = SignedInAccount.IdOf(User);
        if (call is null)
        {
            call = await catalog.CreateAsync(Input, by, cancellationToken);
        }
        else
        {
            await catalog.UpdateAsync(call, Input, by, cancellationToken);
        }

        return Redirect($"{CallCatalog.LinkTo(call.Id)}/staff?saved=true");
    }

    /// <summary>Shows the form as posted, with one more empty row in the list the button names; nothing is checked or saved.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(int? id, string? list, CancellationToken cancellationToken)
    {
        var (_, refusal) = await AllowedAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        // The posted text stays in the model state (numbers that could not be read included); only the binder's complaints go.
        foreach (var entry in ModelState.Values)
        {
            entry.Errors.Clear();
            entry.ValidationState = ModelValidationState.Skipped;
        }

        if (list == CriteriaList)
        {
            NewRowId = CriterionRowId(Input.Criteria.Count);
            Input.Criteria.Add(new CriterionInput());
        }
        else if (list == QuestionsList)
        {
            NewRowId = QuestionRowId(Input.FormFields.Count);
            Input.FormFields.Add(new FormFieldInput());
        }

        await LoadChoicesAsync(cancellationToken, addSpares: false);
        return Page();
    }

    private async Task<(FundingCall? Call, IActionResult? Refusal)> AllowedAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not { } callId)
        {
            return FundingAccess.IsEditorSomewhere(User) ? (null, null) : (null, Forbid());
        }

        var call = await catalog.FindAsync(callId, cancellationToken);
        if (call is null)
        {
            return (null, NotFound());
        }

        if (!await access.IsEditorAsync(User, call.AreaId, cancellationToken))
        {
            return (null, Forbid());
        }

        CallId = callId;
        return (call, null);
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken, bool addSpares = true)
    {
        Fields = await directory.FieldsAsync(cancellationToken);
        Areas = await access.EditorAreasAsync(User, cancellationToken);
        AllAreas = await directory.ChoicesAsync(cancellationToken);
        if (!addSpares)
        {
            return;
        }

        while (Input.Criteria.Count(c => c.IsBlank) < SpareCriteria)
        {
            Input.Criteria.Add(new CriterionInput());
        }

        while (Input.FormFields.Count(f => f.IsBlank) < SpareFormFields)
        {
            Input.FormFields.Add(new FormFieldInput());
        }
    }
}
