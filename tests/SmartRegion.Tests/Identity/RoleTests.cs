using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Identity;

public abstract class RoleTests(SmartRegionApp app)
{
    private const string Password = "a long enough password";

    private async Task<WebSession> SignedInAsync(string email, params (string Role, string? Area)[] grants)
    {
        await app.CreatePersonAsync(email, Password, grants);
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return session;
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/tokens")]
    [InlineData("/admin/boundaries")]
    public async Task AdminPages_Anonymous_AreSentToSignIn(string path)
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Moderator)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.ProjectMaker)]
    public async Task AdminPages_OtherRoles_AreForbidden(string role)
    {
        using var session = await SignedInAsync($"{role}-{Guid.NewGuid():N}@example.org", (role, null));

        foreach (var path in new[] { "/admin", "/admin/users", "/admin/tokens", "/admin/boundaries" })
        {
            using var response = await session.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

            // Refused in place with the error page, so the address stays the one asked for.
            Assert.Null(response.Headers.Location);
            Assert.Contains("Kein Zugriff", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Admin_GrantsEditorForPloen_EditorEditsPreetzButNotKiel()
    {
        using var admin = await SignedInAsync($"admin-{Guid.NewGuid():N}@example.org", (Roles.Admin, null));
        var editorEmail = $"editor-{Guid.NewGuid():N}@example.org";
        var editor = await app.CreatePersonAsync(editorEmail, Password);
        var ploen = await app.AreaIdAsync("ploen");

        using var granted = await admin.PostFormAsync(
            $"/admin/users/{editor.Id}",
            [new("Role", Roles.Editor), new("AreaId", ploen.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            $"/admin/users/{editor.Id}?handler=Grant");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains("Kreis Plön", await admin.GetHtmlAsync($"/admin/users/{editor.Id}"), StringComparison.Ordinal);

        using var session = app.NewSession();
        await session.SignInAsync(editorEmail, Password);
        using var saved = await session.PostFormAsync("/areas/preetz/edit", ("Input.DescriptionDe", "Die Schusterstadt an der Schwentine."), ("Input.DescriptionEn", ""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Die Schusterstadt an der Schwentine.", await session.GetHtmlAsync("/areas/preetz"), StringComparison.Ordinal);

        using var kielForm = await session.GetAsync("/areas/kiel-gaarden-ost/edit");
        Assert.Equal(HttpStatusCode.Forbidden, kielForm.StatusCode);

        var preetzHtml = await session.GetHtmlAsync("/areas/preetz");
        var token = WebSession.AntiforgeryToken(await session.GetHtmlAsync("/account/change-password"));
        using var content = new FormUrlEncodedContent([new("Input.DescriptionDe", "übernommen"), new("__RequestVerificationToken", token)]);
        using var kielPost = await session.Client.PostAsync(new Uri("/areas/kiel-gaarden-ost/edit", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Forbidden, kielPost.StatusCode);
        Assert.Null(await app.QueryAsync(db => db.Set<SmartRegion.Modules.Region.Area>().Where(a => a.Slug == "kiel-gaarden-ost").Select(a => a.DescriptionDe).SingleAsync()));
        Assert.Contains("bearbeiten", preetzHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_GrantScopedAdmin_IsRefusedWithAMessage()
    {
        using var admin = await SignedInAsync($"admin-{Guid.NewGuid():N}@example.org", (Roles.Admin, null));
        var person = await app.CreatePersonAsync($"p-{Guid.NewGuid():N}@example.org", Password);
        var kiel = await app.AreaIdAsync("kiel");

        using var response = await admin.PostFormAsync(
            $"/admin/users/{person.Id}",
            [new("Role", Roles.Admin), new("AreaId", kiel.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            $"/admin/users/{person.Id}?handler=Grant");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("gilt immer für die ganze Region", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.RoleGrants.AnyAsync(g => g.UserId == person.Id)));
    }

    [Fact]
    public async Task Admin_RevokesRole_PersonLosesAccessAtNextSignIn()
    {
        using var admin = await SignedInAsync($"admin-{Guid.NewGuid():N}@example.org", (Roles.Admin, null));
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        var editor = await app.CreatePersonAsync(email, Password, (Roles.Editor, null));
        var grantId = await app.QueryAsync(db => db.RoleGrants.Where(g => g.UserId == editor.Id).Select(g => g.Id).SingleAsync());

        using var revoked = await admin.PostFormAsync($"/admin/users/{editor.Id}", [new("grantId", grantId.ToString())], $"/admin/users/{editor.Id}?handler=Revoke");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.False(await app.QueryAsync(db => db.RoleGrants.AnyAsync(g => g.UserId == editor.Id)));
        using var session = app.NewSession();
        await session.SignInAsync(email, Password);
        using var edit = await session.GetAsync("/areas/kiel/edit");
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task RegionWideEditor_EditsAnyArea()
    {
        using var session = await SignedInAsync($"editor-{Guid.NewGuid():N}@example.org", (Roles.Editor, null));

        await session.GetHtmlAsync("/areas/kiel-schilksee/edit");
        await session.GetHtmlAsync("/areas/eckernfoerde/edit");
    }
}

public sealed class RoleTestsOnSqlite(SqliteApp app) : RoleTests(app), IClassFixture<SqliteApp>;

public sealed class RoleTestsOnPostgres(PostgresApp app) : RoleTests(app), IClassFixture<PostgresApp>;
