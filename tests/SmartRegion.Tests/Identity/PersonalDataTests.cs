using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Participation.Comments;
using SmartRegion.Modules.Participation.Events;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Reports;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Identity.Privacy;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Identity;

public abstract class PersonalDataTests(SmartRegionApp app)
{
    private const string Password = "a long enough password";

    /// <summary>A person with an idea, a support of someone else's idea, a comment and a follow.</summary>
    private async Task<(AppUser Person, int OwnIdea, int OtherIdea)> PersonWithContributionsAsync()
    {
        var person = await app.CreatePersonAsync($"p-{Guid.NewGuid():N}@example.org", Password);
        var other = await app.CreatePersonAsync($"o-{Guid.NewGuid():N}@example.org", Password);
        var gaarden = await app.AreaIdAsync("kiel-gaarden-ost");
        return await app.QueryAsync(async db =>
        {
            var own = new Idea { AreaId = gaarden, FieldKey = "mobility", Title = "Mehr Fahrradbügel am Vinetaplatz", Body = "Abends ist alles voll.", AuthorId = person.Id, CreatedAt = DateTime.UtcNow };
            var others = new Idea { AreaId = gaarden, FieldKey = "mobility", Title = "Sitzbänke an der Hörn", Body = "Zum Ausruhen.", AuthorId = other.Id, CreatedAt = DateTime.UtcNow, SupportCount = 1 };
            db.AddRange(own, others);
            await db.SaveChangesAsync();
            db.Add(new Support { IdeaId = others.Id, AccountId = person.Id, CreatedAt = DateTime.UtcNow });
            db.Add(new Comment { SubjectKind = "idea", SubjectId = others.Id, AuthorId = person.Id, Body = "Gute Idee, die Bänke fehlen.", CreatedAt = DateTime.UtcNow });
            db.Add(new Follow { AccountId = person.Id, SubjectKind = "idea", SubjectId = others.Id, CreatedAt = DateTime.UtcNow });
            db.Add(new NeighbourhoodEvent
            {
                AreaId = gaarden,
                Title = "Flohmarkt im Blaupark",
                Description = "Bringt Tische mit.",
                PlaceName = "Blaupark",
                SubmittedBy = person.Id,
                StartsAt = DateTime.UtcNow.AddDays(10),
                EndsAt = DateTime.UtcNow.AddDays(10).AddHours(3),
                Uid = Guid.NewGuid(),
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            });
            db.Add(new ServiceRequest
            {
                CategoryId = await db.Set<ReportCategory>().Select(c => c.Id).FirstAsync(),
                AreaId = gaarden,
                Description = "Glasscherben am Spielplatz",
                Latitude = 54.3114,
                Longitude = 10.147,
                ReporterId = person.Id,
                RequestedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return (person, own.Id, others.Id);
        });
    }

    [Fact]
    public async Task Download_SignedIn_HoldsAccountAndContributions()
    {
        var (person, _, otherIdea) = await PersonWithContributionsAsync();
        using var session = app.NewSession();
        await session.SignInAsync(person.Email!, Password);

        using var response = await session.GetAsync("/account/data?handler=Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(person.Email, document.RootElement.GetProperty("account").GetProperty("email").GetString());
        var participation = document.RootElement.GetProperty("sections").GetProperty("participation");
        Assert.Equal("Mehr Fahrradbügel am Vinetaplatz", participation.GetProperty("ideas")[0].GetProperty("title").GetString());
        Assert.Equal(otherIdea, participation.GetProperty("supports")[0].GetProperty("ideaId").GetInt32());
        Assert.Equal("Gute Idee, die Bänke fehlen.", participation.GetProperty("comments")[0].GetProperty("body").GetString());
        Assert.Equal(1, participation.GetProperty("follows").GetArrayLength());
        var submissions = document.RootElement.GetProperty("sections").GetProperty("participationSubmissions");
        Assert.Equal("Flohmarkt im Blaupark", submissions.GetProperty("events")[0].GetProperty("title").GetString());
        Assert.Equal("Glasscherben am Spielplatz", submissions.GetProperty("reports")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Download_Anonymous_IsSentToSignIn()
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync("/account/data?handler=Download");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WrongPasswordOrNoConfirmation_KeepsAccountAndSaysWhy()
    {
        var (person, _, _) = await PersonWithContributionsAsync();
        using var session = app.NewSession();
        await session.SignInAsync(person.Email!, Password);

        using var unconfirmed = await session.PostFormAsync("/account/delete", ("Input.Password", Password));
        var unconfirmedHtml = await unconfirmed.Content.ReadAsStringAsync();
        using var wrong = await session.PostFormAsync("/account/delete", ("Input.Password", "not the password at all"), ("Input.Confirm", "true"));
        var wrongHtml = await wrong.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Bitte bestätigen Sie", unconfirmedHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Confirm-error\"", unconfirmedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Das Passwort stimmt nicht.", wrongHtml, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Users.AnyAsync(u => u.Id == person.Id)));
    }

    [Fact]
    public async Task Delete_Confirmed_AnonymisesContributionsAndRemovesAccount()
    {
        var (person, ownIdea, otherIdea) = await PersonWithContributionsAsync();
        using var session = app.NewSession();
        await session.SignInAsync(person.Email!, Password);

        using var response = await session.PostFormAsync("/account/delete", ("Input.Password", Password), ("Input.Confirm", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync(u => u.Id == person.Id)));
        var idea = await app.QueryAsync(db => db.Set<Idea>().AsNoTracking().SingleAsync(i => i.Id == ownIdea));
        Assert.Null(idea.AuthorId);
        Assert.Equal("Mehr Fahrradbügel am Vinetaplatz", idea.Title);
        var comment = await app.QueryAsync(db => db.Set<Comment>().AsNoTracking().SingleAsync(c => c.SubjectKind == "idea" && c.SubjectId == otherIdea));
        Assert.Null(comment.AuthorId);
        var supports = await app.QueryAsync(db => db.Set<Support>().AsNoTracking().Where(s => s.IdeaId == otherIdea).ToListAsync());
        Assert.Single(supports);
        Assert.NotEqual(person.Id, supports[0].AccountId);
        Assert.False(await app.QueryAsync(db => db.Set<Follow>().AnyAsync(f => f.AccountId == person.Id)));
        var flohmarkt = await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().AsNoTracking().SingleAsync(e => e.Title == "Flohmarkt im Blaupark" && e.AreaId == idea.AreaId && e.SubmittedBy == null));
        Assert.Equal("Blaupark", flohmarkt.PlaceName);
        Assert.False(await app.QueryAsync(db => db.Set<ServiceRequest>().AnyAsync(r => r.ReporterId == person.Id)));

        using var again = app.NewSession();
        using var login = await again.PostFormAsync("/account/login", ("Input.Email", person.Email!), ("Input.Password", Password));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Cleanup_UnconfirmedAccountsPastTheLimit_AreDeletedOthersKept()
    {
        var stale = await app.CreatePersonAsync($"stale-{Guid.NewGuid():N}@example.org", Password);
        var fresh = await app.CreatePersonAsync($"fresh-{Guid.NewGuid():N}@example.org", Password);
        var confirmedOld = await app.CreatePersonAsync($"old-{Guid.NewGuid():N}@example.org", Password);
        var grantedOld = await app.CreatePersonAsync($"granted-{Guid.NewGuid():N}@example.org", Password, (Roles.Editor, "kiel"));
        await app.QueryAsync(async db =>
        {
            var longAgo = DateTime.UtcNow.AddDays(-30);
            await db.Users.Where(u => u.Id == stale.Id || u.Id == grantedOld.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.EmailConfirmed, false).SetProperty(p => p.CreatedAt, longAgo));
            await db.Users.Where(u => u.Id == fresh.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.EmailConfirmed, false));
            await db.Users.Where(u => u.Id == confirmedOld.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.CreatedAt, longAgo));
            return 0;
        });

        var deleted = await app.Services.GetRequiredService<UnconfirmedAccountCleanup>().RunOnceAsync(CancellationToken.None);

        Assert.True(deleted >= 1);
        var remaining = await app.QueryAsync(db => db.Users.Where(u => u.Id == stale.Id || u.Id == fresh.Id || u.Id == confirmedOld.Id || u.Id == grantedOld.Id).Select(u => u.Id).ToListAsync());
        Assert.DoesNotContain(stale.Id, remaining);
        Assert.Contains(fresh.Id, remaining);
        Assert.Contains(confirmedOld.Id, remaining);
        Assert.Contains(grantedOld.Id, remaining);
    }
}

public sealed class PersonalDataTestsOnSqlite(SqliteApp app) : PersonalDataTests(app), IClassFixture<SqliteApp>;

public sealed class PersonalDataTestsOnPostgres(PostgresApp app) : PersonalDataTests(app), IClassFixture<PostgresApp>;
