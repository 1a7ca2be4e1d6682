namespace SmartRegion.Platform.Web;

/// <summary>
/// A form field people never see or reach (see <c>_Honeypot.cshtml</c>); simple bots fill every field they
/// find. A filled honeypot means the submission is dropped while the bot is told it succeeded, so it learns nothing.
/// </summary>
public static class Honeypot
{
    public const string FieldName = "homepage";

    public static bool IsFilled(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType && !string.IsNullOrEmpty(request.Form[FieldName]);
    }
}
