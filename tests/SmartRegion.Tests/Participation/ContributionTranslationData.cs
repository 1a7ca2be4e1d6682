using System.Net;
using SmartRegion.Modules.Participation.Events;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation;

/// <summary>People, ideas and events for the translation tests, stored directly so each test starts where it needs to.</summary>
internal sealed record Person(WebSession Session, Guid Id) : IDisposable
{
    public void Dispose() => Session.Dispose();
}

internal static class ContributionTranslationData
{
    public const string Password = "a long enough password";

    public static async Task<Person> PersonAsync(SmartRegionApp app, string name, params (string Role, string? Area)[] grants)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var person = await app.CreatePersonAsync(email, Password, grants);
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return new Person(session, person.Id);
    }

    public static async Task<int> IdeaAsync(SmartRegionApp app, string areaSlug, Guid? authorId, bool hidden = false)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        return await app.QueryAsync(async db =>
        {
            var idea = new Idea
            {
                AreaId = areaId,
                FieldKey = "bauen-wohnen-lebensraum",
                Title = "Mehr Bänke am Vinetaplatz",
                Body = "Auf dem Platz fehlen Sitzgelegenheiten im Schatten.",
                Language = "de",
                AuthorId = authorId,
                CreatedAt = DateTime.UtcNow,
                HiddenAt = hidden ? DateTime.UtcNow : null,
                HiddenReason = hidden ? "Beleidigung" : null,
            };
            db.Add(idea);
            await db.SaveChangesAsync();
            return idea.Id;
        });
    }

    public static async Task<int> EventAsync(SmartRegionApp app, string areaSlug, Guid? submittedBy, EventStatus status = EventStatus.Approved)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        return await app.QueryAsync(async db =>
        {
            var item = new NeighbourhoodEvent
            {
                AreaId = areaId,
                Title = "Flohmarkt im Blaupark",
                Description = "Bringt Tische und gute Laune mit.",
                Language = "de",
                PlaceName = "Blaupark",
                StartsAt = DateTime.UtcNow.AddDays(10),
                EndsAt = DateTime.UtcNow.AddDays(10).AddHours(3),
                SubmittedBy = submittedBy,
                Status = status,
                Uid = Guid.NewGuid(),
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            };
            db.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
    }

    public static async Task BlockAsync(SmartRegionApp app, Guid accountId, string areaSlug)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        await app.QueryAsync(async db =>
        {
            db.Add(new AccountBlock { AccountId = accountId, AreaId = areaId, Reason = "Spam", Until = DateTime.UtcNow.AddDays(7), CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>
    /// Posts a form to a page the person may not open, with the antiforgery token of a page they may open: the token
    /// belongs to the person, not to one form.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithoutFormAsync(WebSession session, string url, params (string Name, string Value)[] fields)
    {
        var token = WebSession.AntiforgeryToken(await session.GetHtmlAsync("/participation/events/new"));
        using var content = new FormUrlEncodedContent(fields
            .Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await session.Client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public static async Task<HttpStatusCode> StatusOfAsync(WebSession session, string url)
    {
        using var response = await session.GetAsync(url);
        return response.StatusCode;
    }
}
