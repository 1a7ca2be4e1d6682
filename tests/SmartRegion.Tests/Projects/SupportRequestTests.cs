using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Makers;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Projects.MakersTestKit;

namespace SmartRegion.Tests.Projects;

public abstract class SupportRequestTests(SmartRegionApp app)
{
    private readonly MakersTestKit kit = new(app);

    [Fact]
    public async Task SupportRequest_KielEditorHandles_MakerSeesStatusButNeverTheNote()
    {
        var (maker, _, _) = await kit.MakerWithProfileAsync("Anfragende", "kiel-gaarden-ost");
        var (kielEditor, _) = await kit.PersonAsync("kiel-editor", (Roles.Editor, "kiel"));
        using (maker)
        using (kielEditor)
        {
            using var filed = await maker.PostFormAsync("/account/maker/support", ("Input.Kind", "Mentoring"), ("Input.Description", "Wer hilft beim Businessplan?"));
            Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
            var id = await app.QueryAsync(db => db.Set<SupportRequest>().Where(r => r.Description == "Wer hilft beim Businessplan?").Select(r => r.Id).SingleAsync());

            var queue = await kielEditor.GetHtmlAsync("/projects/support");
            Assert.Contains($"/projects/support/{id}", queue, StringComparison.Ordinal);
            using var handled = await kielEditor.PostFormAsync($"/projects/support/{id}", ("Input.Status", "InProgress"), ("Input.InternalNote", "Geheime Notiz: an Frau X weitergeben"));
            Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);

            var overview = await maker.GetHtmlAsync("/account/maker");
            Assert.Contains("In Bearbeitung", overview, StringComparison.Ordinal);
            Assert.DoesNotContain("Geheime Notiz", overview, StringComparison.Ordinal);
            var mine = await JsonAsync(maker, "/api/projects/support-requests/mine");
            Assert.Equal("InProgress", mine[0].GetProperty("status").GetString());
            Assert.DoesNotContain("Geheime Notiz", mine.GetRawText(), StringComparison.Ordinal);
            Assert.False(mine[0].TryGetProperty("internalNote", out _));

            var staffView = await JsonAsync(kielEditor, "/api/projects/support-requests?status=InProgress");
            var entry = staffView.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id);
            Assert.Equal("Geheime Notiz: an Frau X weitergeben", entry.GetProperty("internalNote").GetString());
        }
    }

    [Fact]
    public async Task SupportRequest_OfKiel_IsForbiddenToPloenEditorAndMissingFromTheirQueue()
    {
        var (maker, _, _) = await kit.MakerWithProfileAsync("Kieler Anfrage", "kiel");
        var (ploenEditor, _) = await kit.PersonAsync("ploen-editor", (Roles.Editor, "ploen"));
        var (resident, _) = await kit.PersonAsync("resident");
        using (maker)
        using (ploenEditor)
        using (resident)
        {
            var slug = await AddProjectAsync(maker, "Projekt in Kiel", "kiel-holtenau");
            var id = await FileRequestAsync(maker, slug, "FundingAdvice", "Welche Förderung passt?");
            Assert.Equal(await app.AreaIdAsync("kiel-holtenau"), await app.QueryAsync(db => db.Set<SupportRequest>().Where(r => r.Id == id).Select(r => r.AreaId).SingleAsync()));

            AssertAccessDenied(await ploenEditor.GetAsync($"/projects/support/{id}"));
            using var api = await ploenEditor.Client.PutAsJsonAsync(new Uri($"/api/projects/support-requests/{id}", UriKind.Relative), new { status = "Declined", internalNote = "Nein" });
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
            using var residentApi = await resident.Client.PutAsJsonAsync(new Uri($"/api/projects/support-requests/{id}", UriKind.Relative), new { status = "Done" });
            Assert.Equal(HttpStatusCode.Forbidden, residentApi.StatusCode);
            Assert.DoesNotContain($"/projects/support/{id}", await ploenEditor.GetHtmlAsync("/projects/support"), StringComparison.Ordinal);
            var ploenQueue = await JsonAsync(ploenEditor, "/api/projects/support-requests");
            Assert.DoesNotContain(ploenQueue.EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
            Assert.Equal(SupportStatus.New, await app.QueryAsync(db => db.Set<SupportRequest>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        }
    }

    [Fact]
    public async Task SupportRequest_FromResidentOrAboutForeignProject_IsRefused()
    {
        var (owner, _, _) = await kit.MakerWithProfileAsync("Projektinhaber");
        var (other, _, _) = await kit.MakerWithProfileAsync("Trittbrett");
        var (resident, _) = await kit.PersonAsync("resident");
        using (owner)
        using (other)
        using (resident)
        {
            var slug = await AddProjectAsync(owner, "Geschütztes Projekt");
            using var foreign = await other.Client.PostAsJsonAsync(new Uri("/api/projects/support-requests", UriKind.Relative), new { kind = "Networking", project = slug, description = "x" });
            Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
            Assert.True((await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("project", out _));
            using var byResident = await resident.Client.PostAsJsonAsync(new Uri("/api/projects/support-requests", UriKind.Relative), new { kind = "Networking", description = "x" });
            Assert.Equal(HttpStatusCode.Forbidden, byResident.StatusCode);
            AssertAccessDenied(await resident.GetAsync("/account/maker/support"));

            using var empty = await owner.PostFormAsync("/account/maker/support?culture=en", ("Input.Kind", "Networking"), ("Input.Description", ""));
            var html = await empty.Content.ReadAsStringAsync();
            Assert.Contains("id=\"Input_Description-error\"", html, StringComparison.Ordinal);
            Assert.Contains("Please fill in “Description”.", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PersonalData_ExportsProfileProjectsRequests_AndDeletionRemovesThem()
    {
        var (maker, person, _) = await kit.MakerWithProfileAsync("Datenhalterin");
        using (maker)
        {
            var slug = await AddProjectAsync(maker, "Exportprojekt");
            await FileRequestAsync(maker, slug, "Mentoring", "Bitte um Mentoring");

            using var download = await maker.GetAsync("/account/data?handler=Download");
            using var document = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
            var section = document.RootElement.GetProperty("sections").GetProperty("projectMaker");
            Assert.Equal("Datenhalterin", section.GetProperty("profile").GetProperty("displayName").GetString());
            Assert.Equal("Exportprojekt", section.GetProperty("projects")[0].GetProperty("title").GetString());
            Assert.Equal("Bitte um Mentoring", section.GetProperty("supportRequests")[0].GetProperty("description").GetString());

            using var deleted = await maker.PostFormAsync("/account/delete", ("Input.Password", Password), ("Input.Confirm", "true"));
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            Assert.False(await app.QueryAsync(db => db.Set<MakerProfile>().AnyAsync(p => p.AccountId == person.Id)));
            Assert.False(await app.QueryAsync(db => db.Set<MakerProject>().AnyAsync(p => p.Slug == slug)));
            Assert.False(await app.QueryAsync(db => db.Set<SupportRequest>().AnyAsync(r => r.Description == "Bitte um Mentoring")));
        }
    }
}

public sealed class SupportRequestTestsOnSqlite(SqliteApp app) : SupportRequestTests(app), IClassFixture<SqliteApp>;

public sealed class SupportRequestTestsOnPostgres(PostgresApp app) : SupportRequestTests(app), IClassFixture<PostgresApp>;
