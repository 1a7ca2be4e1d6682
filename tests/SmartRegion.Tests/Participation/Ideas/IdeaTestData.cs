using System.Net;
using System.Text.RegularExpressions;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Ideas;

/// <summary>Stores ideas and processes directly, so a test starts from the state it needs.</summary>
internal static partial class IdeaTestData
{
    public const string Password = "a long enough password";

    public static async Task<WebSession> SignedInAsync(SmartRegionApp app, string name, params (string Role, string? Area)[] grants)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        await app.CreatePersonAsync(email, Password, grants);
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return session;
    }

    public static async Task<int> IdeaAsync(
        SmartRegionApp app, string areaSlug, string title = "Mehr Bänke am Vinetaplatz", Action<Idea>? change = null)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        return await app.QueryAsync(async db =>
        {
            var idea = new Idea
            {
                AreaId = areaId,
                FieldKey = "bauen-wohnen-lebensraum",
                Title = title,
                Body = "Auf dem Platz fehlen Sitzgelegenheiten im Schatten.",
                Language = "de",
                CreatedAt = DateTime.UtcNow,
            };
            change?.Invoke(idea);
            db.Add(idea);
            await db.SaveChangesAsync();
            return idea.Id;
        });
    }

    /// <summary>A published process of the area with one phase around now.</summary>
    public static async Task<(int Id, string Slug)> ProcessAsync(SmartRegionApp app, string areaSlug, bool ideasOpen, bool supportsOpen)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        var slug = $"verfahren-{Guid.NewGuid():N}";
        var id = await app.QueryAsync(async db =>
        {
            var process = new Process
            {
                Slug = slug,
                AreaId = areaId,
                TitleDe = "Vinetaplatz neu gestalten",
                SummaryDe = "Wie soll der Platz werden?",
                IsPublished = true,
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                Phases =
                [
                    new Phase
                    {
                        Kind = PhaseKind.Contributions,
                        TitleDe = "Ideen sammeln",
                        StartsAt = DateTime.UtcNow.AddDays(-1),
                        EndsAt = DateTime.UtcNow.AddDays(10),
                        IdeasOpen = ideasOpen,
                        SupportsOpen = supportsOpen,
                    },
                ],
            };
            db.Add(process);
            await db.SaveChangesAsync();
            return process.Id;
        });
        return (id, slug);
    }

    /// <summary>The fields of a valid new-idea form.</summary>
    public static async Task<List<(string, string)>> ValidFormAsync(SmartRegionApp app, string areaSlug = "kiel-gaarden-ost") =>
    [
        ("Input.Title", "Trinkbrunnen am Vinetaplatz"),
        ("Input.Body", "Im Sommer fehlt am Platz frisches Wasser für alle."),
        ("Input.FieldKey", "gesundheit"),
        ("Input.AreaId", (await app.AreaIdAsync(areaSlug)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Input.Language", "de"),
    ];

    public static async Task<int> CreatedIdeaIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {WebSession.Shorten(await response.Content.ReadAsStringAsync())}");
        var match = CreatedPattern().Match(response.Headers.Location!.ToString());
        Assert.True(match.Success, response.Headers.Location!.ToString());
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The text of the error shown next to a field (its <c>…-error</c> element).</summary>
    public static string ErrorNextTo(string html, string fieldId)
    {
        var match = Regex.Match(html, $"id=\"{Regex.Escape(fieldId)}-error\">(.*?)</p>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No error next to {fieldId}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value.Trim());
    }

    [GeneratedRegex("^/participation/ideas/(\\d+)\\?created=true$")]
    private static partial Regex CreatedPattern();
}
