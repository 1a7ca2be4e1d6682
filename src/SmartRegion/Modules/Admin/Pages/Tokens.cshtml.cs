using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Admin.Pages;

[Authorize(Policy = IdentitySetup.AdminPolicy)]
public sealed class TokensModel(SmartRegionDb db, MachineTokenService tokens, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public IReadOnlyList<MachineToken> Tokens { get; private set; } = [];

    /// <summary>Shown once, right after creation; it is not stored anywhere but in this response.</summary>
    public string? NewSecret { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var unknown = Input.Scopes.Where(s => !TokenScopes.All.Contains(s)).ToList();
        if (Input.Scopes.Count == 0 || unknown.Count > 0)
        {
            ModelState.AddModelError("Input.Scopes", texts["AdminTokens.ScopeRequired"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var (_, secret) = await tokens.CreateAsync(Input.Name, Input.Scopes, cancellationToken);
        NewSecret = secret;
        Response.Headers.CacheControl = "no-store";
        Input = new TokenInput();
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        Message = await tokens.RevokeAsync(tokenId, cancellationToken) ? texts["AdminTokens.RevokedMessage"] : texts["AdminTokens.NotFound"];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = await db.MachineTokens.AsNoTracking().OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
}

public sealed class TokenInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, MinimumLength = 1, ErrorMessage = "Validation.Length")]
    [Display(Name = "AdminTokens.Name")]
    public string Name { get; set; } = "";

    public List<string> Scopes { get; set; } = [];
}
