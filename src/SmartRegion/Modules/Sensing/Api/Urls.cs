using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartRegion.Modules.Sensing.Api;

internal static class Urls
{
    public static string ServiceRoot(HttpRequest request, string version) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/{version}";

    /// <summary>The same request with the next page's $top and $skip, every other option kept.</summary>
    public static string NextPage(HttpRequest request, int top, int skip)
    {
        var query = request.Query
            .Where(q => q.Key is not "$top" and not "$skip")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("$top", top.ToString(CultureInfo.InvariantCulture)))
            .Append(new("$skip", skip.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}", query);
    }
}
