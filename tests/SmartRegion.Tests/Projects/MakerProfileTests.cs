using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Makers;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Projects.MakersTestKit;

namespace SmartRegion.Tests.Projects;

public abstract class MakerProfileTests(SmartRegionApp app)
{
    private readonly MakersTestKit kit = new(app);

    [Fact]
    public async Task Profile_PersonWithoutMakerRole_IsForbiddenOnPagesAndApi()
    {
        var (resident, _) = await kit.PersonAsync("resident");
        var (editor, _) = await kit.PersonAsync("editor", (Roles.Editor, "kiel"));
        using var anonymous = app.NewSession();
        using (resident)
        using (editor)
        {
            using var page = await resident.GetAsync("/account/maker/profile");
            AssertAccessDenied(page);
            using var overview = await editor.GetAsync("/account/maker");
            AssertAccessDenied(overview);
            var body = new { kind = "Person", displayName = "Nicht erlaubt", description = "x", fields = new List<string> { "mobilitaet" }, area = "kiel" };
            using var api = await resident.Client.PutAsJsonAsync(new Uri("/api/projects/makers/me", UriKind.Relative), body);
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            using var anonymousApi = await anonymous.Client.PutAsJsonAsync(new Uri("/api/projects/makers/me", UriKind.Relative), body);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymousApi.StatusCode);
            using var anonymousPage = await anonymous.GetAsync("/account/maker/profile");
            Assert.Contains("/account/login", anonymousPage.Headers.Location?.ToString(), StringComparison.Ordinal);
        }

        Assert.False(await app.QueryAsync(db => db.Set<MakerProfile>().AnyAsync(p => p.DisplayName == "Nicht erlaubt")));
    }

    [Fact]
    public async Task ProfileForm_MakerSavesProfile_ShowsOnPublicPageEncoded()
    {
        var (maker, person) = await kit.MakerAsync();
        using (maker)
        {
            var gaarden = await app.AreaIdAsync("kiel-gaarden-ost");
            using var response = await maker.PostFormAsync("/account/maker/profile",
                ("Input.Kind", "Person"), ("Input.DisplayName", "Lotta <script>alert(1)</script>"), ("Input.Description", "Ich baue Sensoren."),
                ("Input.FieldKeys", "umwelt"), ("Input.FieldKeys", "energie"), ("Input.AreaId", gaarden.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Input.SkillsSought", "Löten"), ("Input.SkillsOffered", ""));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var profile = await app.QueryAsync(db => db.Set<MakerProfile>().SingleAsync(p => p.AccountId == person.Id));
            Assert.Equal(",umwelt,energie,", profile.FieldKeys);
            using var anonymous = app.NewSession();
            var html = await anonymous.GetHtmlAsync($"/projects/makers/{profile.Slug}");
            Assert.Contains("Lotta &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
            Assert.Contains("Löten", html, StringComparison.Ordinal);
            Assert.Contains("Energie", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("de", "Bitte füllen Sie das Feld „Angezeigter Name“ aus.", "Bitte wählen Sie mindestens ein Innovations- oder Handlungsfeld.", "Bitte wählen Sie ein Gebiet aus der Liste.")]
    [InlineData("en", "Please fill in “Display name”.", "Please choose at least one innovation or action field.", "Please choose an area from the list.")]
    public async Task ProfileForm_Empty_ShowsEachErrorNextToItsField(string culture, string nameError, string fieldsError, string areaError)
    {
        var (maker, person) = await kit.MakerAsync();
        using (maker)
        {
            using var response = await maker.PostFormAsync($"/account/maker/profile?culture={culture}", ("Input.Kind", "Person"), ("Input.DisplayName", ""), ("Input.Description", ""));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("id=\"Input_DisplayName-error\"", html, StringComparison.Ordinal);
            Assert.Contains(nameError, html, StringComparison.Ordinal);
            Assert.Contains("id=\"Input_FieldKeys-error\"", html, StringComparison.Ordinal);
            Assert.Contains(fieldsError, html, StringComparison.Ordinal);
            Assert.Contains("id=\"Input_AreaId-error\"", html, StringComparison.Ordinal);
            Assert.Contains(areaError, html, StringComparison.Ordinal);
            Assert.False(await app.QueryAsync(db => db.Set<MakerProfile>().AnyAsync(p => p.AccountId == person.Id)));
        }
    }

    [Fact]
    public async Task ProfileForm_HoneypotFilled_StoresNothing()
    {
        var (maker, person) = await kit.MakerAsync();
        using (maker)
        {
            var kiel = await app.AreaIdAsync("kiel");
            using var response = await maker.PostFormAsync("/account/maker/profile",
                ("Input.Kind", "Person"), ("Input.DisplayName", "Bot"), ("Input.Description", "Spam"), ("Input.FieldKeys", "umwelt"),
                ("Input.AreaId", kiel.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("homepage", "https://spam.example"));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.False(await app.QueryAsync(db => db.Set<MakerProfile>().AnyAsync(p => p.AccountId == person.Id)));
        }
    }

    [Fact]
    public async Task ProfileApi_UnknownFieldAndArea_AreProblemsPerField()
    {
        var (maker, _) = await kit.MakerAsync();
        using (maker)
        {
            using var response = await maker.Client.PutAsJsonAsync(new Uri("/api/projects/makers/me?culture=en", UriKind.Relative), new
            {
                kind = "Robot",
                displayName = "X",
                description = "Y",
                fields = new List<string> { "raumfahrt" },
                area = "atlantis",
            });
            var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = problem.GetProperty("errors");
            Assert.Equal("Please choose only fields from the list.", errors.GetProperty("fields")[0].GetString());
            Assert.Equal("Please choose an area from the list.", errors.GetProperty("area")[0].GetString());
            Assert.Equal("Please choose person or organisation.", errors.GetProperty("kind")[0].GetString());
        }
    }

    [Fact]
    public async Task Directory_FilteredByAreaAndField_IncludesAreasBelowAndPages()
    {
        var (gaardenMaker, _, gaardenSlug) = await kit.MakerWithProfileAsync("Gaardener Werkstatt " + Guid.NewGuid().ToString("N")[..6], "kiel-gaarden-ost", "kuesten-meeresschutz");
        var (preetzMaker, _, preetzSlug) = await kit.MakerWithProfileAsync("Preetzer Runde " + Guid.NewGuid().ToString("N")[..6], "preetz", "kuesten-meeresschutz");
        using (gaardenMaker)
        using (preetzMaker)
        {
            using var anonymous = app.NewSession();
            var kiel = await anonymous.GetHtmlAsync("/projects/makers?area=kiel&field=kuesten-meeresschutz");
            Assert.Contains($"/projects/makers/{gaardenSlug}", kiel, StringComparison.Ordinal);
            Assert.DoesNotContain($"/projects/makers/{preetzSlug}", kiel, StringComparison.Ordinal);
            var otherField = await anonymous.GetHtmlAsync("/projects/makers?area=kiel&field=gesundheit");
            Assert.DoesNotContain($"/projects/makers/{gaardenSlug}", otherField, StringComparison.Ordinal);

            var ploen = await JsonAsync(anonymous, "/api/projects/makers?area=ploen&field=kuesten-meeresschutz");
            var slugs = ploen.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()).ToList();
            Assert.Contains(preetzSlug, slugs);
            Assert.DoesNotContain(gaardenSlug, slugs);

            using var badArea = await anonymous.GetAsync("/api/projects/makers?area=atlantis");
            Assert.Equal(HttpStatusCode.BadRequest, badArea.StatusCode);
        }
    }

    [Fact]
    public async Task ProjectDirectory_MoreThanAPage_LinksToTheNextPageKeepingFilters()
    {
        var (maker, _, slug) = await kit.MakerWithProfileAsync("Vielprojekt", "schoenberg-holstein", "gesundheit");
        using (maker)
        {
            var profile = await app.QueryAsync(db => db.Set<MakerProfile>().SingleAsync(p => p.Slug == slug));
            var area = await app.AreaIdAsync("schoenberg-holstein");
            await app.QueryAsync(async db =>
            {
                for (var i = 0; i < MakerCatalog.PageSize + 3; i++)
                {
                    db.Add(new MakerProject
                    {
                        ProfileId = profile.Id,
                        Slug = $"paging-{profile.Id}-{i}",
                        Title = $"Paging {i}",
                        Summary = "s",
                        Stage = ProjectStage.Idea,
                        FieldKeys = ",gesundheit,",
                        AreaId = area,
                        CreatedAt = DateTime.UtcNow,
                        UpdatedAt = DateTime.UtcNow.AddMinutes(-i),
                    });
                }

                return await db.SaveChangesAsync();
            });
            using var anonymous = app.NewSession();

            var first = await anonymous.GetHtmlAsync("/projects/directory?area=schoenberg-holstein&field=gesundheit");
            var second = await anonymous.GetHtmlAsync("/projects/directory?area=schoenberg-holstein&field=gesundheit&page=2");
            var api = await JsonAsync(anonymous, "/api/projects/portfolio?area=schoenberg-holstein&stage=Idea&page=2");

            Assert.Contains("/projects/paging-" + profile.Id + "-0\"", first, StringComparison.Ordinal);
            Assert.Contains("field=gesundheit&amp;area=schoenberg-holstein&amp;page=2", first, StringComparison.Ordinal);
            Assert.DoesNotContain("/projects/paging-" + profile.Id + "-0\"", second, StringComparison.Ordinal);
            Assert.Contains("/projects/paging-" + profile.Id + "-22\"", second, StringComparison.Ordinal);
            Assert.Equal(MakerCatalog.PageSize + 3, api.GetProperty("total").GetInt32());
            Assert.Equal(3, api.GetProperty("items").GetArrayLength());
        }
    }
}

public sealed class MakerProfileTestsOnSqlite(SqliteApp app) : MakerProfileTests(app), IClassFixture<SqliteApp>;

public sealed class MakerProfileTestsOnPostgres(PostgresApp app) : MakerProfileTests(app), IClassFixture<PostgresApp>;
