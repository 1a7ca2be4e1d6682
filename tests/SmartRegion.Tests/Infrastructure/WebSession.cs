using System.Net;
using System.Text.RegularExpressions;

namespace SmartRegion.Tests.Infrastructure;

/// <summary>
/// What a person's browser does, over HTTP: keeps cookies, reads the antiforgery token from the form it was
/// shown and sends it back with the post.
/// </summary>
public sealed partial class WebSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetHtmlAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {(int)response.StatusCode}. {Shorten(html)}");
        return html;
    }

    /// <summary>Opens the form at <paramref name="formUrl"/>, then posts <paramref name="fields"/> to <paramref name="postUrl"/> (default: the same page).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var html = await GetHtmlAsync(formUrl);
        var token = AntiforgeryToken(html);
        var body = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(body);
        return await Client.PostAsync(new Uri(postUrl ?? formUrl, UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> PostFormAsync(string formUrl, params (string Name, string Value)[] fields) =>
        PostFormAsync(formUrl, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public async Task SignInAsync(string email, string password)
    {
        using var response = await PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", password));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {email} failed: {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token in a form.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string Shorten(string text) => text.Length > 600 ? text[..600] + "…" : text;

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
