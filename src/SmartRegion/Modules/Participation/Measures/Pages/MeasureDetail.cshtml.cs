using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Participation.Measures.Pages;

/// <summary>One measure: its status timeline, the ideas it came from, surveys, photos and the follow button.</summary>
public sealed class MeasureDetailModel(MeasureRegister register, RegionDirectory directory, UploadedImages images, ParticipationAccess access) : PageModel
{
    public Measure Measure { get; private set; } = default!;

    public string AreaName { get; private set; } = "";

    public string? FieldName { get; private set; }

    public List<MeasureStatusChange> Timeline { get; private set; } = [];

    public List<LinkedIdea> Ideas { get; private set; } = [];

    public List<int> Surveys { get; private set; } = [];

    public List<ImageInfo> Photos { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var measure = await register.FindAsync(id, cancellationToken);
        if (measure is null)
        {
            return NotFound();
        }

        Measure = measure;
        AreaName = (await directory.LookupAsync([measure.AreaId], cancellationToken)).GetValueOrDefault(measure.AreaId, "");
        FieldName = (await directory.FieldsAsync(cancellationToken)).FirstOrDefault(f => f.Key == measure.FieldKey)?.Name(Platform.Localization.LocalizationSetup.IsEnglish);
        Timeline = await register.TimelineAsync(id, cancellationToken);
        Ideas = await register.IdeasAsync(id, cancellationToken);
        Surveys = await register.SurveysAsync(id, cancellationToken);
        Photos = await images.OfAsync(MeasureRegister.ImageOwnerKind, id, cancellationToken);
        CanEdit = await access.IsEditorAsync(User, measure.AreaId, cancellationToken);
        return Page();
    }
}
