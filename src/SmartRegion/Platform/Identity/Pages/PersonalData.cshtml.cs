using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Platform.Identity.Privacy;

namespace SmartRegion.Platform.Identity.Pages;

/// <summary>Shows what the platform keeps and hands the person all of it as one JSON file.</summary>
[Authorize]
public sealed class PersonalDataModel(UserManager<AppUser> users, PersonalDataService personalData, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions FileFormat = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void OnGet()
    {
    }

    /// <summary>A GET, so the browser's own download handles it; the data only ever leaves to its owner's session.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }

        var document = await personalData.ExportAsync(person, cancellationToken);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, FileFormat);
        Response.Headers.CacheControl = "no-store";
        var day = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(bytes, "application/json", $"smartregion-meine-daten-{day}.json");
    }
}
