using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Projects;

/// <summary>People, profiles and projects for the maker tests, made through the real pages and API.</summary>
internal sealed class MakersTestKit(SmartRegionApp app)
{
    public const string Password = "a long enough password";

    public async Task<(WebSession Session, AppUser Person)> PersonAsync(string name, params (string Role, string? Area)[] grants)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var person = await app.CreatePersonAsync(email, Password, grants);
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return (session, person);
    }

    public Task<(WebSession Session, AppUser Person)> MakerAsync(string name = "maker") => PersonAsync(name, (Roles.ProjectMaker, null));

    /// <summary>A maker with a profile in <paramref name="area"/>; returns the profile's slug.</summary>
    public async Task<(WebSession Session, AppUser Person, string Slug)> MakerWithProfileAsync(string displayName, string area = "kiel-gaarden-ost", string field = "mobilitaet")
    {
        var (session, person) = await MakerAsync();
        using var response = await session.Client.PutAsJsonAsync(new Uri("/api/projects/makers/me", UriKind.Relative), new
        {
            kind = "Organisation",
            displayName,
            description = "Wir bauen Dinge für das Quartier.",
            fields = new[] { field },
            area,
            skillsSought = "Daten",
            skillsOffered = "Programmieren",
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Profile of {displayName}: {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text);
        return (session, person, document.RootElement.GetProperty("maker").GetProperty("slug").GetString()!);
    }

    public static async Task<string> AddProjectAsync(WebSession session, string title, string area = "kiel-gaarden-ost", string field = "mobilitaet", string stage = "Pilot")
    {
        using var response = await session.Client.PostAsJsonAsync(new Uri("/api/projects/portfolio", UriKind.Relative), new
        {
            title,
            summary = "Ein Projekt für die Region.",
            stage,
            fields = new[] { field },
            area,
            links = new List<string> { "https://example.org/projekt" },
            contact = "PlatformForm",
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Project {title}: {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("slug").GetString()!;
    }

    public static async Task<int> FileRequestAsync(WebSession session, string? project, string kind = "DataAccess", string description = "Wir brauchen Daten.")
    {
        using var response = await session.Client.PostAsJsonAsync(new Uri("/api/projects/support-requests", UriKind.Relative), new { kind, project, description });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Request: {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> JsonAsync(WebSession session, string url)
    {
        using var response = await session.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static void AssertAccessDenied(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
