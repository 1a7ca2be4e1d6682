using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Platform.Localization;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation;

public abstract class ProcessPagesTests(SmartRegionApp app)
{
    [Fact]
    public async Task ProcessEdit_EditorOfPloenOnKielProcess_IsForbidden()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost");
        using var session = await ProcessTestData.SignedInEditorAsync(app, "ploen");

        using var form = await session.GetAsync($"/participation/processes/{process.Slug}/edit");
        using var phases = await session.GetAsync($"/participation/processes/{process.Slug}/phases");
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, phases.StatusCode);

        // The Plön editor may open the form for new processes; its token is valid for a post anywhere.
        using var post = await session.PostFormAsync(
            "/participation/processes/new",
            [new("Input.AreaId", (await app.AreaIdAsync("ploen")).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.TitleDe", "Übernommen"), new("Input.SummaryDe", "Übernommen")],
            $"/participation/processes/{process.Slug}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(process.TitleDe, await app.QueryAsync(db => db.Set<Process>().Where(p => p.Id == process.Id).Select(p => p.TitleDe).SingleAsync()));
    }

    [Fact]
    public async Task ProcessNew_EditorOfPloenChoosingKiel_IsForbiddenAndKielIsNotOffered()
    {
        using var session = await ProcessTestData.SignedInEditorAsync(app, "ploen");
        var kiel = await app.AreaIdAsync("kiel");

        var html = await session.GetHtmlAsync("/participation/processes/new");
        using var post = await session.PostFormAsync(
            "/participation/processes/new",
            ("Input.AreaId", kiel.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.TitleDe", "Fremdes Verfahren"), ("Input.SummaryDe", "Kurz"));

        Assert.Contains("Preetz", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{kiel}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task ProcessNew_Resident_IsForbidden()
    {
        var email = $"resident-{Guid.NewGuid():N}@example.org";
        await app.CreatePersonAsync(email, ProcessTestData.Password);
        using var session = app.NewSession();
        await session.SignInAsync(email, ProcessTestData.Password);

        using var response = await session.GetAsync("/participation/processes/new");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task KielEditor_CreatesProcessWithPhases_PublicPageShowsThem()
    {
        using var editor = await ProcessTestData.SignedInEditorAsync(app, "kiel");
        var gaarden = await app.AreaIdAsync("kiel-gaarden-ost");
        var title = $"Vinetaplatz neu {Guid.NewGuid():N}";

        using var created = await editor.PostFormAsync(
            "/participation/processes/new",
            ("Input.AreaId", gaarden.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.FieldKey", "quartiersentwicklung"),
            ("Input.TitleDe", title), ("Input.TitleEn", "New Vinetaplatz"), ("Input.SummaryDe", "Wir planen den Platz gemeinsam."),
            ("Input.IsPublished", "true"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var phasesUrl = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/participation/processes/vinetaplatz-neu-", phasesUrl, StringComparison.Ordinal);
        var slug = phasesUrl.Split('/')[3];

        var now = DateTime.UtcNow;
        using var saved = await editor.PostFormAsync(phasesUrl.Split('?')[0],
            ("Phases[0].Kind", "Contributions"), ("Phases[0].TitleDe", "Ideen sammeln"),
            ("Phases[0].StartsAt", BerlinTime.ToInput(now.AddDays(-1))), ("Phases[0].EndsAt", BerlinTime.ToInput(now.AddDays(14))),
            ("Phases[0].IdeasOpen", "true"), ("Phases[0].SupportsOpen", "true"),
            ("Phases[1].Kind", "Results"), ("Phases[1].TitleDe", "Ergebnisse"),
            ("Phases[1].StartsAt", "2099-07-01T10:00"), ("Phases[1].EndsAt", "2099-12-01T10:00"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var phases = await app.QueryAsync(db => db.Set<Process>().Where(p => p.Slug == slug).SelectMany(p => p.Phases).OrderBy(p => p.SortOrder).ToListAsync());
        Assert.Equal(["Ideen sammeln", "Ergebnisse"], phases.Select(p => p.TitleDe));
        Assert.Equal(new DateTime(2099, 7, 1, 8, 0, 0), phases[1].StartsAt);
        Assert.Equal(new DateTime(2099, 12, 1, 9, 0, 0), phases[1].EndsAt);

        using var visitor = app.NewSession();
        var html = await visitor.GetHtmlAsync($"/participation/processes/{slug}");
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("Ideen sammeln</strong>", html, StringComparison.Ordinal);
        Assert.Contains("(läuft jetzt)", html, StringComparison.Ordinal);
        Assert.Contains("(kommt noch)", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/participation/ideas/new?process={slug}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/participation/surveys", html, StringComparison.Ordinal);
        Assert.Contains(slug, await visitor.GetHtmlAsync("/participation?area=kiel-gaarden-ost"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessPage_CurrentPhase_OffersOnlyItsOpenComponents()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost");
        using var visitor = app.NewSession();

        var html = await visitor.GetHtmlAsync($"/participation/processes/{process.Slug}");

        Assert.Contains("Ideen sammeln</strong>", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"step\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/participation/ideas/new?process={process.Slug}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/participation/ideas?process={process.Slug}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/participation/surveys?process={process.Slug}", html, StringComparison.Ordinal);
        Assert.Contains("(abgeschlossen)", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Auftakt", StringComparison.Ordinal) < html.IndexOf("Abstimmung", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessPhases_IsOpenAsync_FollowsTheCurrentPhaseAndPublication()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel");
        var draft = await ProcessTestData.AddAsync(app, "kiel", published: false);
        var now = DateTime.UtcNow;

        Assert.True(await app.QueryAsync(db => ProcessPhases.IsOpenAsync(db, process.Id, Component.Ideas, now, CancellationToken.None)));
        Assert.False(await app.QueryAsync(db => ProcessPhases.IsOpenAsync(db, process.Id, Component.Surveys, now, CancellationToken.None)));
        Assert.True(await app.QueryAsync(db => ProcessPhases.IsOpenAsync(db, process.Id, Component.Surveys, now.AddDays(15), CancellationToken.None)));
        Assert.False(await app.QueryAsync(db => ProcessPhases.IsOpenAsync(db, process.Id, Component.Ideas, now.AddDays(30), CancellationToken.None)));
        Assert.False(await app.QueryAsync(db => ProcessPhases.IsOpenAsync(db, draft.Id, Component.Ideas, now, CancellationToken.None)));
    }

    [Fact]
    public async Task DraftProcess_IsNotFoundForThePublicAndOtherAreas_VisibleToItsEditors()
    {
        var draft = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost", published: false);
        using var visitor = app.NewSession();
        using var ploen = await ProcessTestData.SignedInEditorAsync(app, "ploen");
        using var kiel = await ProcessTestData.SignedInEditorAsync(app, "kiel");

        await visitor.GetHtmlAsync($"/participation/processes/{draft.Slug}", HttpStatusCode.NotFound);
        await ploen.GetHtmlAsync($"/participation/processes/{draft.Slug}", HttpStatusCode.NotFound);
        using var api = await visitor.GetAsync($"/api/participation/processes/{draft.Slug}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain(draft.Slug, await visitor.GetHtmlAsync("/participation"), StringComparison.Ordinal);

        var html = await kiel.GetHtmlAsync($"/participation/processes/{draft.Slug}");
        Assert.Contains("Entwurf", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/participation/processes/{draft.Slug}/edit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessNew_MissingTitleAndSummary_ShowsErrorsNextToTheFields()
    {
        using var editor = await ProcessTestData.SignedInEditorAsync(app, "kiel");

        using var response = await editor.PostFormAsync("/participation/processes/new", ("Input.TitleDe", ""), ("Input.FieldKey", "gibt-es-nicht"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p class=\"kern-error\" id=\"Input_TitleDe-error\">Bitte füllen Sie das Feld „Titel (Deutsch)“ aus.</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_SummaryDe-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_AreaId-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_FieldKey-error\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_TitleDe\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessPhases_EndBeforeStartAndOverlap_ShowErrorsNextToTheFields()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost");
        using var editor = await ProcessTestData.SignedInEditorAsync(app, "kiel-gaarden-ost");
        var url = $"/participation/processes/{process.Slug}/phases";

        using var response = await editor.PostFormAsync(url,
            ("Phases[0].Kind", "Information"), ("Phases[0].TitleDe", "Auftakt"), ("Phases[0].StartsAt", "2099-05-10T18:00"), ("Phases[0].EndsAt", "2099-05-01T18:00"),
            ("Phases[1].Kind", "Contributions"), ("Phases[1].TitleDe", "Sammeln"), ("Phases[1].StartsAt", "2099-06-01T00:00"), ("Phases[1].EndsAt", "2099-07-01T00:00"),
            ("Phases[2].Kind", "Evaluation"), ("Phases[2].TitleDe", "Auswerten"), ("Phases[2].StartsAt", "2099-06-15T00:00"), ("Phases[2].EndsAt", "2099-08-01T00:00"),
            ("Phases[3].Kind", "Results"), ("Phases[3].TitleDe", ""), ("Phases[3].StartsAt", "2099-03-29T02:30"), ("Phases[3].EndsAt", "morgen"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Phases_0__EndsAt-error\">Das Ende muss nach dem Beginn liegen.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Phases_2__StartsAt-error\">Diese Phase überschneidet sich mit der Phase „Sammeln“.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Phases_3__TitleDe-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Phases_3__StartsAt-error\">„Beginn“: Diese Uhrzeit gibt es wegen der Zeitumstellung nicht.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Phases_3__EndsAt-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Phases_1__StartsAt-error", html, StringComparison.Ordinal);
        Assert.Equal(3, await app.QueryAsync(db => db.Set<Phase>().CountAsync(p => p.ProcessId == process.Id)));
    }

    [Fact]
    public async Task ProcessPhases_RemoveOne_KeepsTheOthers()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost");
        using var editor = await ProcessTestData.SignedInEditorAsync(app, "kiel");
        var url = $"/participation/processes/{process.Slug}/phases";
        var form = await editor.GetHtmlAsync(url);
        Assert.Contains("Neue Phase", form, StringComparison.Ordinal);
        var ids = process.Phases.OrderBy(p => p.SortOrder).Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var fields = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < 3; i++)
        {
            var phase = process.Phases.OrderBy(p => p.SortOrder).ElementAt(i);
            fields.AddRange([new($"Phases[{i}].Id", ids[i]), new($"Phases[{i}].Kind", phase.Kind.ToString()), new($"Phases[{i}].TitleDe", phase.TitleDe),
                new($"Phases[{i}].StartsAt", BerlinTime.ToInput(phase.StartsAt)), new($"Phases[{i}].EndsAt", BerlinTime.ToInput(phase.EndsAt))]);
        }

        fields.Add(new("Phases[0].Remove", "true"));
        using var saved = await editor.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var left = await app.QueryAsync(db => db.Set<Phase>().Where(p => p.ProcessId == process.Id).OrderBy(p => p.SortOrder).Select(p => p.TitleDe).ToListAsync());
        Assert.Equal(["Ideen sammeln", "Abstimmung"], left);
    }

    [Fact]
    public async Task Overview_FiltersByAreaAndField_AndLinksTheWaysToTakePart()
    {
        var kiel = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost", fieldKey: "energie");
        var ploen = await ProcessTestData.AddAsync(app, "preetz", fieldKey: "umwelt");
        using var visitor = app.NewSession();

        var all = await visitor.GetHtmlAsync("/participation");
        var inPloen = await visitor.GetHtmlAsync("/participation?area=ploen");
        var energy = await visitor.GetHtmlAsync("/participation?field=energie");

        Assert.Contains("<h1 class=\"kern-heading-x-large\">Beteiligung</h1>", all, StringComparison.Ordinal);
        foreach (var link in new[] { "/participation/ideas\"", "/participation/measures\"", "/participation/events\"", "/participation/reports\"" })
        {
            Assert.Contains(link, all, StringComparison.Ordinal);
        }

        Assert.Contains(kiel.Slug, all, StringComparison.Ordinal);
        Assert.Contains("Ideen sammeln", all, StringComparison.Ordinal);
        Assert.Contains(ploen.Slug, inPloen, StringComparison.Ordinal);
        Assert.DoesNotContain(kiel.Slug, inPloen, StringComparison.Ordinal);
        Assert.Contains(kiel.Slug, energy, StringComparison.Ordinal);
        Assert.DoesNotContain(ploen.Slug, energy, StringComparison.Ordinal);
    }
}

public sealed class ProcessPagesTestsOnSqlite(SqliteApp app) : ProcessPagesTests(app), IClassFixture<SqliteApp>;

public sealed class ProcessPagesTestsOnPostgres(PostgresApp app) : ProcessPagesTests(app), IClassFixture<PostgresApp>;
