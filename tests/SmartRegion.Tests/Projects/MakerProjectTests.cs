using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Makers;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Projects.MakersTestKit;

namespace SmartRegion.Tests.Projects;

public abstract class MakerProjectTests(SmartRegionApp app)
{
    private readonly MakersTestKit kit = new(app);

    [Fact]
    public async Task ProjectForm_JavascriptLink_IsRefusedNextToTheLinksField()
    {
        var (maker, _, _) = await kit.MakerWithProfileAsync("Linkprüfer");
        using (maker)
        {
            var kiel = (await app.AreaIdAsync("kiel")).ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var response = await maker.PostFormAsync("/account/maker/project",
                ("Input.Title", "Böser Link"), ("Input.Summary", "s"), ("Input.Stage", "Idea"), ("Input.FieldKeys", "energie"), ("Input.AreaId", kiel),
                ("Input.Links", "https://example.org\njavascript:alert(1)"), ("Input.Contact", "NoContact"));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("id=\"Input_Links-error\"", html, StringComparison.Ordinal);
            Assert.Contains("„javascript:alert(1)“ ist keine Webadresse.", html, StringComparison.Ordinal);
            Assert.False(await app.QueryAsync(db => db.Set<MakerProject>().AnyAsync(p => p.Title == "Böser Link")));

            using var api = await maker.Client.PostAsJsonAsync(new Uri("/api/projects/portfolio", UriKind.Relative), new
            {
                title = "Böser Link",
                summary = "s",
                stage = "Idea",
                fields = new List<string> { "energie" },
                area = "kiel",
                links = new List<string> { "ftp://example.org" },
                contact = "PublicEmail",
                publicEmail = "kein-at",
            });
            var errors = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
            Assert.True(errors.TryGetProperty("links", out _));
            Assert.True(errors.TryGetProperty("publicEmail", out _));
        }
    }

    [Fact]
    public async Task Project_SavedWithPublicEmail_ShowsOnProjectAndMakerPageAndInApi()
    {
        var (maker, _, makerSlug) = await kit.MakerWithProfileAsync("Sprottenbauer");
        using (maker)
        {
            var kiel = (await app.AreaIdAsync("kiel-wik")).ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var response = await maker.PostFormAsync("/account/maker/project",
                ("Input.Title", "Sensorboje Wik"), ("Input.Summary", "Misst das Wasser."), ("Input.Stage", "Prototype"), ("Input.FieldKeys", "umwelt"),
                ("Input.AreaId", kiel), ("Input.Links", "https://example.org/boje\n\nhttp://example.org/alt"), ("Input.Contact", "PublicEmail"), ("Input.PublicEmail", "boje@example.org"));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var slug = response.Headers.Location!.ToString().Split('/')[^1];
            using var anonymous = app.NewSession();

            var html = await anonymous.GetHtmlAsync($"/projects/{slug}");
            var makerHtml = await anonymous.GetHtmlAsync($"/projects/makers/{makerSlug}");
            var dto = await JsonAsync(anonymous, $"/api/projects/portfolio/{slug}");

            Assert.Equal("sensorboje-wik", slug);
            Assert.Contains("href=\"mailto:boje@example.org\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"http://example.org/alt\"", html, StringComparison.Ordinal);
            Assert.Contains("Prototyp", html, StringComparison.Ordinal);
            Assert.Contains($"/projects/{slug}", makerHtml, StringComparison.Ordinal);
            Assert.Equal("Prototype", dto.GetProperty("stage").GetString());
            Assert.Equal(2, dto.GetProperty("links").GetArrayLength());
            Assert.Equal(makerSlug, dto.GetProperty("maker").GetString());
        }
    }

    [Fact]
    public async Task Project_OfAnotherMaker_IsForbiddenToChangeOnPagesAndApi()
    {
        var (owner, _, _) = await kit.MakerWithProfileAsync("Eigentümerin");
        var (other, _, _) = await kit.MakerWithProfileAsync("Andere");
        using (owner)
        using (other)
        {
            var slug = await AddProjectAsync(owner, "Fremdes Projekt");
            var id = await app.QueryAsync(db => db.Set<MakerProject>().Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

            using var page = await other.GetAsync($"/account/maker/project/{id}");
            AssertAccessDenied(page);
            using var put = await other.Client.PutAsJsonAsync(new Uri($"/api/projects/portfolio/{slug}", UriKind.Relative), new
            {
                title = "Übernommen",
                summary = "s",
                stage = "Idea",
                fields = new List<string> { "energie" },
                area = "kiel",
                contact = "NoContact",
            });
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
            using var delete = await other.Client.DeleteAsync(new Uri($"/api/projects/portfolio/{slug}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
            Assert.Equal("Fremdes Projekt", await app.QueryAsync(db => db.Set<MakerProject>().Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));

            using var own = await owner.Client.DeleteAsync(new Uri($"/api/projects/portfolio/{slug}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
            Assert.False(await app.QueryAsync(db => db.Set<MakerProject>().AnyAsync(p => p.Id == id)));
        }
    }

    [Fact]
    public async Task ContactForm_ForPlatformContact_MailsTheMaker_AndIsMissingForNoContact()
    {
        var (maker, person, _) = await kit.MakerWithProfileAsync("Postfach");
        using (maker)
        {
            var slug = await AddProjectAsync(maker, "Kontaktprojekt");
            using var visitor = app.NewSession();

            using var sent = await visitor.PostFormAsync($"/projects/{slug}/contact",
                ("Input.Name", "Besucherin"), ("Input.Email", "besucherin@example.org"), ("Input.Message", "Darf ich mitmachen?"));

            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            var mails = await Mailbox.ToAsync(app.MailFolder, person.Email!);
            Assert.Contains(mails, m => (m.TextBody ?? "").Contains("Darf ich mitmachen?", StringComparison.Ordinal) && (m.TextBody ?? "").Contains("besucherin@example.org", StringComparison.Ordinal));

            using var update = await maker.Client.PutAsJsonAsync(new Uri($"/api/projects/portfolio/{slug}", UriKind.Relative), new
            {
                title = "Kontaktprojekt",
                summary = "s",
                stage = "Idea",
                fields = new List<string> { "energie" },
                area = "kiel",
                contact = "NoContact",
            });
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
            await visitor.GetHtmlAsync($"/projects/{slug}/contact", HttpStatusCode.NotFound);
        }
    }
}

public sealed class MakerProjectTestsOnSqlite(SqliteApp app) : MakerProjectTests(app), IClassFixture<SqliteApp>;

public sealed class MakerProjectTestsOnPostgres(PostgresApp app) : MakerProjectTests(app), IClassFixture<PostgresApp>;
