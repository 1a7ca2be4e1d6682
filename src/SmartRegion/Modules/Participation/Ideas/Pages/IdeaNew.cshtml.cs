using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Ideas.Pages;

/// <summary>A signed-in resident posts an idea, optionally within a process whose current phase takes ideas.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class IdeaNewModel(IdeaDesk desk, RegionDirectory directory, ParticipationAccess access, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public IdeaInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "process")]
    public string? ProcessSlug { get; set; }

    public Process? Process { get; private set; }

    /// <summary>Set when the named process does not take ideas now; the page then explains instead of showing the form.</summary>
    public string? Closed { get; private set; }

    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    public IReadOnlyList<FieldInfo> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Process is not null)
        {
            Input.FieldKey = Process.FieldKey;
            Input.AreaId = Process.AreaId;
        }

        Input.Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Bots fill the hidden field; they are shown the list as if the idea was posted, and nothing is stored.
        if (Honeypot.IsFilled(Request))
        {
            return Redirect("/participation/ideas");
        }

        await LoadAsync(cancellationToken);
        if (Closed is not null)
        {
            return Page();
        }

        var accountId = ParticipationAccess.AccountId(User);
        if (accountId is null)
        {
            return Forbid();
        }

        ModelState.Clear();
        var latitude = ReadCoordinate(Input.Latitude, "Input.Latitude", "Ideas.Field.Latitude");
        var longitude = ReadCoordinate(Input.Longitude, "Input.Longitude", "Ideas.Field.Longitude");
        var draft = new IdeaDraft(Input.Title, Input.Body, Input.FieldKey, Input.AreaId, Input.Language, latitude, longitude, ProcessSlug);
        foreach (var problem in await desk.CheckAsync(draft, cancellationToken))
        {
            var key = problem.Field == "Process" ? "" : $"Input.{problem.Field}";
            if (ModelState[key] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError(key, problem.Message);
            }
        }

        var photos = await ReadPhotosAsync(cancellationToken);
        if (ModelState.IsValid && await access.IsBlockedAsync(accountId.Value, Input.AreaId!.Value, cancellationToken))
        {
            ModelState.AddModelError("", texts["Ideas.Error.Blocked"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var idea = await desk.CreateAsync(draft, accountId.Value, photos, cancellationToken);
        return Redirect($"/participation/ideas/{idea.Id}?created=true");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Areas = await directory.ChoicesAsync(cancellationToken);
        Fields = await directory.FieldsAsync(cancellationToken);
        var (process, problem) = await desk.ProcessForAsync(ProcessSlug, cancellationToken);
        Process = process;
        Closed = problem?.Message;
    }

    /// <summary>Accepts a decimal comma as well as a point, since German keyboards type 54,32.</summary>
    private double? ReadCoordinate(string? text, string key, string labelKey)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        ModelState.AddModelError(key, texts["Ideas.Error.NotANumber", texts[labelKey]]);
        return null;
    }

    private async Task<List<PreparedPhoto>> ReadPhotosAsync(CancellationToken cancellationToken)
    {
        var photos = new List<PreparedPhoto>();
        foreach (var (file, alt, number) in new[] { (Input.Photo1, Input.Alt1, 1), (Input.Photo2, Input.Alt2, 2), (Input.Photo3, Input.Alt3, 3) })
        {
            if (file is null || file.Length == 0)
            {
                continue;
            }

            var (refusal, bytes, contentType, width, height) = await UploadedImages.PrepareAsync(file, cancellationToken);
            if (refusal != ImageRefusal.None)
            {
                ModelState.AddModelError($"Input.Photo{number}", texts[$"Ideas.Error.Photo.{refusal}", number, UploadedImages.MaxBytes / 1024 / 1024]);
                continue;
            }

            if (string.IsNullOrWhiteSpace(alt))
            {
                ModelState.AddModelError($"Input.Alt{number}", texts["Ideas.Error.AltRequired", number]);
                continue;
            }

            if (alt.Trim().Length > 300)
            {
                ModelState.AddModelError($"Input.Alt{number}", texts["Validation.MaxLength", texts["Ideas.Field.Alt", number], 300]);
                continue;
            }

            photos.Add(new PreparedPhoto(bytes, contentType, width, height, alt.Trim()));
        }

        return photos;
    }
}

public sealed class IdeaInput
{
    public string? Title { get; set; }

    public string? Body { get; set; }

    public string? FieldKey { get; set; }

    public int? AreaId { get; set; }

    public string? Language { get; set; }

    /// <summary>Text, not a number: people type a decimal comma or point, and both are read.</summary>
    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public IFormFile? Photo1 { get; set; }

    public string? Alt1 { get; set; }

    public IFormFile? Photo2 { get; set; }

    public string? Alt2 { get; set; }

    public IFormFile? Photo3 { get; set; }

    public string? Alt3 { get; set; }
}
