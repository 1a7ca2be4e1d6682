using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation;

public abstract class ProcessesApiTests(SmartRegionApp app)
{
    private static object Body(string area, string title, params object[] phases) => new
    {
        area,
        field = "quartiersentwicklung",
        titleDe = title,
        titleEn = "Over the API",
        summaryDe = "Angelegt über die Schnittstelle.",
        isPublished = true,
        phases,
    };

    private static object PhaseBody(string title, DateTime startsAt, DateTime endsAt, bool ideas = false, string kind = "contributions") =>
        new { kind, titleDe = title, startsAt, endsAt, ideasOpen = ideas, commentsOpen = ideas };

    [Fact]
    public async Task List_FiltersByAreaAndField_AndPages()
    {
        var kiel = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost", fieldKey: "kuesten-meeresschutz");
        var ploen = await ProcessTestData.AddAsync(app, "ploen", fieldKey: "kuesten-meeresschutz");
        var draft = await ProcessTestData.AddAsync(app, "kiel", published: false, fieldKey: "kuesten-meeresschutz");
        using var client = app.NewSession();

        var inKiel = await client.Client.GetFromJsonAsync<JsonElement>("/api/participation/processes?area=kiel&field=kuesten-meeresschutz");
        var coast = await client.Client.GetFromJsonAsync<JsonElement>("/api/participation/processes?field=kuesten-meeresschutz&pageSize=1&page=2");
        using var unknownArea = await client.GetAsync("/api/participation/processes?area=atlantis");

        var kielSlugs = inKiel.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Contains(kiel.Slug, kielSlugs);
        Assert.DoesNotContain(ploen.Slug, kielSlugs);
        Assert.DoesNotContain(draft.Slug, kielSlugs);
        var first = inKiel.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == kiel.Slug);
        Assert.Equal("kiel-gaarden-ost", first.GetProperty("area").GetString());
        Assert.Equal("Ideen sammeln", first.GetProperty("currentPhase").GetProperty("titleDe").GetString());
        Assert.Equal(2, coast.GetProperty("total").GetInt32());
        Assert.Equal(1, coast.GetProperty("items").GetArrayLength());
        Assert.Equal(kiel.Slug, coast.GetProperty("items")[0].GetProperty("slug").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknownArea.StatusCode);
    }

    [Fact]
    public async Task Get_PublishedProcess_NamesItsPhasesAndTheComponentsOpenNow()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost");
        using var client = app.NewSession();

        var body = await client.Client.GetFromJsonAsync<JsonElement>($"/api/participation/processes/{process.Slug}");

        Assert.Equal(3, body.GetProperty("phases").GetArrayLength());
        Assert.Equal(["ideas", "comments"], body.GetProperty("openComponents").EnumerateArray().Select(c => c.GetString()));
        Assert.True(body.GetProperty("phases")[1].GetProperty("isCurrent").GetBoolean());
        Assert.EndsWith("Z", body.GetProperty("phases")[0].GetProperty("startsAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_KielEditor_CreatesProcessWithPhases()
    {
        using var editor = await ProcessTestData.SignedInEditorAsync(app, "kiel");
        var now = DateTime.UtcNow;

        using var response = await editor.Client.PostAsJsonAsync("/api/participation/processes", Body("kiel-gaarden-ost", "Kiellinie für alle",
            PhaseBody("Sammeln", now.AddDays(-1), now.AddDays(5), ideas: true), PhaseBody("Auswerten", now.AddDays(5), now.AddDays(9), kind: "evaluation")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var slug = body.GetProperty("slug").GetString()!;
        Assert.StartsWith("kiellinie-fuer-alle", slug, StringComparison.Ordinal);
        Assert.Equal($"/api/participation/processes/{slug}", response.Headers.Location?.OriginalString);
        Assert.Equal(["ideas", "comments"], body.GetProperty("openComponents").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, await app.QueryAsync(db => db.Set<Process>().Where(p => p.Slug == slug).SelectMany(p => p.Phases).CountAsync()));
    }

    [Fact]
    public async Task Post_InvalidProcess_Answers400WithFieldErrors()
    {
        using var editor = await ProcessTestData.SignedInEditorAsync(app, "kiel");
        var start = new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        using var response = await editor.Client.PostAsJsonAsync("/api/participation/processes", Body("kiel", "",
            PhaseBody("Eins", start, start.AddDays(10)), PhaseBody("Zwei", start.AddDays(5), start.AddDays(20)), PhaseBody("Drei", start.AddDays(30), start.AddDays(25))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("titleDe", out _));
        Assert.Contains("überschneidet", errors.GetProperty("phases[1].startsAt")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("phases[2].endsAt", out _));
    }

    [Fact]
    public async Task Put_EditorOfPloenOnKielProcess_IsForbidden()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost");
        using var ploen = await ProcessTestData.SignedInEditorAsync(app, "ploen");

        using var put = await ploen.Client.PutAsJsonAsync($"/api/participation/processes/{process.Slug}", Body("ploen", "Übernommen"));
        using var post = await ploen.Client.PostAsJsonAsync("/api/participation/processes", Body("kiel", "In Kiel angelegt"));

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(process.TitleDe, await app.QueryAsync(db => db.Set<Process>().Where(p => p.Id == process.Id).Select(p => p.TitleDe).SingleAsync()));
    }

    [Fact]
    public async Task Put_KielEditor_ChangesTheProcessAndReplacesThePhases()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost");
        using var editor = await ProcessTestData.SignedInEditorAsync(app, "kiel");
        var now = DateTime.UtcNow;

        using var put = await editor.Client.PutAsJsonAsync($"/api/participation/processes/{process.Slug}",
            Body("kiel-gaarden-ost", "Neuer Titel", PhaseBody("Nur eine Phase", now.AddDays(-1), now.AddDays(1), kind: "information")));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var titles = await app.QueryAsync(db => db.Set<Process>().Where(p => p.Id == process.Id).SelectMany(p => p.Phases).Select(p => p.TitleDe).ToListAsync());
        Assert.Equal(["Nur eine Phase"], titles);
        Assert.Equal("Neuer Titel", await app.QueryAsync(db => db.Set<Process>().Where(p => p.Id == process.Id).Select(p => p.TitleDe).SingleAsync()));
    }

    [Fact]
    public async Task Post_Anonymous_Answers401()
    {
        using var client = app.NewSession();

        using var response = await client.Client.PostAsJsonAsync("/api/participation/processes", Body("kiel", "Anonym"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class ProcessesApiTestsOnSqlite(SqliteApp app) : ProcessesApiTests(app), IClassFixture<SqliteApp>;

public sealed class ProcessesApiTestsOnPostgres(PostgresApp app) : ProcessesApiTests(app), IClassFixture<PostgresApp>;
