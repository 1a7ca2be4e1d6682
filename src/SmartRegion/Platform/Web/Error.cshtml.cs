using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Platform.Web;

/// <summary>
/// Every error a person or a client meets, in one place: an HTML page in the person's language, or problem
/// details for API paths. Never a stack trace.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedTexts> texts) : PageModel
{
    private static readonly int[] KnownCodes = [400, 401, 403, 404, 405, 409, 413, 415, 429, 500, 503];

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public IActionResult OnGet(int code) => Respond(code);

    public IActionResult OnPost(int code) => Respond(code);

    private IActionResult Respond(int code)
    {
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();

        // Opened directly, /error/500 is just a page that does not exist.
        var status = reExecute is null && exception is null ? 404 : code is >= 400 and <= 599 ? code : 500;
        var key = KnownCodes.Contains(status) ? status : status >= 500 ? 500 : 400;
        Title = texts[$"Error.{key}.Title"];
        Text = texts[$"Error.{key}.Text"];
        var originalPath = reExecute?.OriginalPath ?? exception?.Path ?? HttpContext.Request.Path.Value ?? "";
        var wantsJson = Problems.WantsJson(HttpContext.Request)
            || originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase)
            || originalPath.StartsWith("/v1.", StringComparison.OrdinalIgnoreCase)
            || originalPath.StartsWith("/open311", StringComparison.OrdinalIgnoreCase);

        Response.StatusCode = status;
        if (wantsJson)
        {
            return new ObjectResult(new ProblemDetails { Status = status, Title = Title, Detail = Text })
            {
                StatusCode = status,
                ContentTypes = { "application/problem+json" },
            };
        }

        return Page();
    }
}
