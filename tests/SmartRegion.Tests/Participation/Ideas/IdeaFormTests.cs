using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.Ideas.IdeaTestData;

namespace SmartRegion.Tests.Participation.Ideas;

public abstract class IdeaFormTests(SmartRegionApp app)
{
    [Fact]
    public async Task NewIdea_Anonymous_IsSentToSignIn()
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync("/participation/ideas/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewIdea_ValidFormWithTypedPoint_IsStoredAndShown()
    {
        using var session = await SignedInAsync(app, "anwohnerin");
        var fields = await ValidFormAsync(app);
        fields.AddRange([("Input.Latitude", "54,3155"), ("Input.Longitude", "10.1520")]);

        using var response = await session.PostFormAsync("/participation/ideas/new", [.. fields]);
        var id = await CreatedIdeaIdAsync(response);

        var idea = await app.QueryAsync(db => db.Set<Idea>().SingleAsync(i => i.Id == id));
        Assert.Equal(54.3155, idea.Latitude);
        Assert.Equal(10.152, idea.Longitude);
        Assert.Equal(IdeaStatus.Received, idea.Status);
        Assert.NotNull(idea.AuthorId);
        var html = await session.GetHtmlAsync($"/participation/ideas/{id}");
        Assert.Contains("Trinkbrunnen am Vinetaplatz", html, StringComparison.Ordinal);
        Assert.Contains("anwohnerin-", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"comments\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewIdea_ArabicText_CarriesLangAndRightToLeft()
    {
        using var session = await SignedInAsync(app, "rtl");
        var fields = await ValidFormAsync(app);
        fields[0] = ("Input.Title", "نافورة مياه للشرب");
        fields[4] = ("Input.Language", "ar");

        var id = await CreatedIdeaIdAsync(await session.PostFormAsync("/participation/ideas/new", [.. fields]));

        var html = await session.GetHtmlAsync($"/participation/ideas/{id}");
        Assert.Matches("lang=\"ar\" dir=\"rtl\" id=\"idea-text-content\">\\s*<h1[^>]*>نافورة مياه للشرب</h1>", html);
    }

    [Fact]
    public async Task NewIdea_EmptyForm_ShowsEachMessageNextToItsField()
    {
        using var session = await SignedInAsync(app, "leer");

        using var response = await session.PostFormAsync("/participation/ideas/new", ("Input.Title", ""), ("Input.Language", "de"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Equal("Bitte füllen Sie das Feld „Titel“ aus.", ErrorNextTo(html, "Input_Title"));
        Assert.Equal("Bitte füllen Sie das Feld „Beschreibung“ aus.", ErrorNextTo(html, "Input_Body"));
        Assert.Equal("Bitte wählen Sie ein Innovationsfeld.", ErrorNextTo(html, "Input_FieldKey"));
        Assert.Equal("Bitte wählen Sie das Gebiet, zu dem Ihre Idee gehört.", ErrorNextTo(html, "Input_AreaId"));
        Assert.Contains("aria-describedby=\"Input_AreaId-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewIdea_InEnglish_ShowsEnglishMessages()
    {
        using var session = await SignedInAsync(app, "english");

        using var response = await session.PostFormAsync("/participation/ideas/new?culture=en", ("Input.Title", "Hi"), ("Input.Language", "en"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("must be between 5 and 150 characters", ErrorNextTo(html, "Input_Title"), StringComparison.Ordinal);
        Assert.Equal("Please choose an innovation field.", ErrorNextTo(html, "Input_FieldKey"));
    }

    [Theory]
    [InlineData("53,50", "10,10", "Input_Latitude", "liegt nicht in der KielRegion")]
    [InlineData("54,30", "", "Input_Longitude", "Breitengrad und Längengrad")]
    [InlineData("Kiel", "10,10", "Input_Latitude", "muss eine Zahl sein")]
    public async Task NewIdea_BadPoint_IsRefusedNextToTheField(string latitude, string longitude, string fieldId, string message)
    {
        using var session = await SignedInAsync(app, "punkt");
        var fields = await ValidFormAsync(app);
        fields.AddRange([("Input.Latitude", latitude), ("Input.Longitude", longitude)]);

        using var response = await session.PostFormAsync("/participation/ideas/new", [.. fields]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, ErrorNextTo(await response.Content.ReadAsStringAsync(), fieldId), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Set<Idea>().AnyAsync(i => i.Title == "Trinkbrunnen am Vinetaplatz" && i.Latitude == 53.5)));
    }

    [Fact]
    public async Task NewIdea_HoneypotFilled_StoresNothingButLooksDone()
    {
        using var session = await SignedInAsync(app, "bot");
        var fields = await ValidFormAsync(app);
        fields[0] = ("Input.Title", "Honigtopf-Idee vom Bot");
        fields.Add(("homepage", "https://spam.example"));

        using var response = await session.PostFormAsync("/participation/ideas/new", [.. fields]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<Idea>().AnyAsync(i => i.Title == "Honigtopf-Idee vom Bot")));
    }

    [Fact]
    public async Task NewIdea_BlockedAccount_IsRefused()
    {
        var email = $"gesperrt-{Guid.NewGuid():N}@example.org";
        var person = await app.CreatePersonAsync(email, Password);
        var kiel = await app.AreaIdAsync("kiel");
        await app.QueryAsync(async db =>
        {
            db.Add(new AccountBlock { AccountId = person.Id, AreaId = kiel, Reason = "Beleidigungen", Until = DateTime.UtcNow.AddDays(7), CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        using var session = app.NewSession();
        await session.SignInAsync(email, Password);
        var fields = await ValidFormAsync(app);
        fields[0] = ("Input.Title", "Idee eines gesperrten Kontos");

        using var response = await session.PostFormAsync("/participation/ideas/new", [.. fields]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("gesperrt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Set<Idea>().AnyAsync(i => i.Title == "Idee eines gesperrten Kontos")));
    }

    [Fact]
    public async Task NewIdea_ProcessWithIdeasOpen_BelongsToTheProcess()
    {
        var (processId, slug) = await ProcessAsync(app, "kiel-gaarden-ost", ideasOpen: true, supportsOpen: true);
        using var session = await SignedInAsync(app, "verfahren");

        var id = await CreatedIdeaIdAsync(await session.PostFormAsync($"/participation/ideas/new?process={slug}", [.. await ValidFormAsync(app)]));

        Assert.Equal(processId, await app.QueryAsync(db => db.Set<Idea>().Where(i => i.Id == id).Select(i => i.ProcessId).SingleAsync()));
    }

    [Fact]
    public async Task NewIdea_ProcessWithIdeasClosed_IsRefused()
    {
        var (processId, slug) = await ProcessAsync(app, "kiel-gaarden-ost", ideasOpen: false, supportsOpen: true);
        using var session = await SignedInAsync(app, "geschlossen");

        var form = await session.GetHtmlAsync($"/participation/ideas/new?process={slug}");
        Assert.Contains("keine Ideen eingereicht werden", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Idee veröffentlichen", form, StringComparison.Ordinal);

        var token = WebSession.AntiforgeryToken(await session.GetHtmlAsync("/participation/ideas/new"));
        var fields = await ValidFormAsync(app);
        using var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), new("__RequestVerificationToken", token)]);
        using var response = await session.Client.PostAsync(new Uri($"/participation/ideas/new?process={slug}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<Idea>().AnyAsync(i => i.ProcessId == processId)));
    }
}

public sealed class IdeaFormTestsOnSqlite(SqliteApp app) : IdeaFormTests(app), IClassFixture<SqliteApp>;

public sealed class IdeaFormTestsOnPostgres(PostgresApp app) : IdeaFormTests(app), IClassFixture<PostgresApp>;
