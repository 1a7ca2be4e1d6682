using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Modules.Participation.Reports;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Reports;

public abstract class ReportPagesTests(SmartRegionApp app)
{
    [Fact]
    public async Task ReportForm_ValidInput_FilesTheReportAndShowsIt()
    {
        using var session = await ReportKit.SignedInAsync(app, "resident");
        var description = $"Angespülte Netze am Falckensteiner Strand {Guid.NewGuid():N}";

        var id = await ReportKit.FileAsync(app, session, "beach-litter", "kiel", description);

        var page = await session.GetHtmlAsync($"/participation/reports/{id}?sent=true");
        Assert.Contains(description, page, StringComparison.Ordinal);
        Assert.Contains("Müll am Strand", page, StringComparison.Ordinal);
        Assert.Contains("Offen", page, StringComparison.Ordinal);
        Assert.Contains(description, await app.NewSession().GetHtmlAsync("/participation/reports"), StringComparison.Ordinal);
        var stored = await app.QueryAsync(db => db.Set<ServiceRequest>().SingleAsync(r => r.Id == id));
        Assert.Equal(54.3721, stored.Latitude);
        Assert.NotNull(stored.ReporterId);
        Assert.Equal(1, await app.QueryAsync(db => db.Set<ReportStatusChange>().CountAsync(c => c.RequestId == id)));
    }

    [Fact]
    public async Task ReportForm_EmptyPost_NamesEveryMissingFieldNextToIt()
    {
        using var session = await ReportKit.SignedInAsync(app, "resident");

        using var response = await session.PostFormAsync("/participation/reports/new", ReportKit.Fields("", "", "", "", ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"kern-error\" id=\"Input_Category-error\">Bitte wählen Sie eine Kategorie.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Input_AreaId-error", html, StringComparison.Ordinal); // Without an area the point decides.
        Assert.Contains("id=\"Input_Latitude-error\">Bitte geben Sie den Breitengrad an", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Longitude-error\">Bitte geben Sie den Längengrad an", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Description-error\">Bitte beschreiben Sie, was Sie melden.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportForm_PointOutsideTheRegion_IsRefusedInGermanAndEnglish()
    {
        using var session = await ReportKit.SignedInAsync(app, "resident");
        var kiel = (await app.AreaIdAsync("kiel")).ToString(CultureInfo.InvariantCulture);
        var before = await app.QueryAsync(db => db.Set<ServiceRequest>().CountAsync());

        using var berlin = await session.PostFormAsync("/participation/reports/new", ReportKit.Fields("beach-litter", kiel, "52.52", "13.40", "Müll am Spreeufer, leider weit weg."));
        var german = await berlin.Content.ReadAsStringAsync();
        using var notANumber = await session.PostFormAsync("/participation/reports/new?culture=en", ReportKit.Fields("beach-litter", kiel, "north", "10.1", "Something on the beach at Laboe."));
        var english = await notANumber.Content.ReadAsStringAsync();

        Assert.Contains("id=\"Input_Latitude-error\">Diese Stelle liegt außerhalb der KielRegion.", german, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Latitude-error\">Please enter a number in decimal degrees", english, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Set<ServiceRequest>().CountAsync()));
    }

    [Fact]
    public async Task ReportForm_Anonymous_IsSentToSignIn()
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync("/participation/reports/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportForm_FilledHoneypot_StoresNothing()
    {
        using var session = await ReportKit.SignedInAsync(app, "bot");
        var kiel = (await app.AreaIdAsync("kiel")).ToString(CultureInfo.InvariantCulture);
        var marker = $"Honigtopf {Guid.NewGuid():N}";

        using var response = await session.PostFormAsync("/participation/reports/new", [.. ReportKit.Fields("beach-litter", kiel, "54.37", "10.16", marker), ("homepage", "http://spam.example")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<ServiceRequest>().AnyAsync(r => r.Description == marker)));
    }

    [Fact]
    public async Task ReportForm_BlockedAccount_IsRefused()
    {
        var email = $"blocked-{Guid.NewGuid():N}@example.org";
        var person = await app.CreatePersonAsync(email, ReportKit.Password);
        var kiel = await app.AreaIdAsync("kiel");
        await app.QueryAsync(async db =>
        {
            db.Add(new AccountBlock { AccountId = person.Id, AreaId = kiel, Until = DateTime.UtcNow.AddDays(7), Reason = "Spam", CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        using var session = app.NewSession();
        await session.SignInAsync(email, ReportKit.Password);
        var marker = $"Gesperrt {Guid.NewGuid():N}";

        using var response = await session.PostFormAsync("/participation/reports/new", ReportKit.Fields("dead-fish", kiel.ToString(CultureInfo.InvariantCulture), "54.37", "10.16", marker));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("weil Ihr Konto gesperrt ist", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Set<ServiceRequest>().AnyAsync(r => r.Description == marker)));
    }

    [Fact]
    public async Task StatusUpdate_ModeratorOfPloenOnAKielReport_Gets403()
    {
        using var resident = await ReportKit.SignedInAsync(app, "resident");
        var id = await ReportKit.FileAsync(app, resident, area: "kiel-gaarden-ost");
        using var moderator = await ReportKit.SignedInAsync(app, "moderator", (Roles.Moderator, "ploen"));

        var page = await moderator.GetHtmlAsync($"/participation/reports/{id}");
        Assert.DoesNotContain("StatusInput.Status", page, StringComparison.Ordinal);
        using var response = await moderator.PostFormAsync(
            $"/participation/reports/{id}", [new("StatusInput.Status", "Closed"), new("StatusInput.Note", "erledigt")], $"/participation/reports/{id}?handler=Status");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ReportStatus.Open, await app.QueryAsync(db => db.Set<ServiceRequest>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task StatusUpdate_ModeratorOfKiel_KeepsTheHistory()
    {
        using var resident = await ReportKit.SignedInAsync(app, "resident");
        var id = await ReportKit.FileAsync(app, resident, "broken-infrastructure", "kiel-gaarden-ost");
        using var moderator = await ReportKit.SignedInAsync(app, "moderator", (Roles.Moderator, "kiel"));
        var url = $"/participation/reports/{id}";

        using var started = await moderator.PostFormAsync(url, [new("StatusInput.Status", "InProgress"), new("StatusInput.Note", "Der Bauhof ist informiert."), new("StatusInput.Agency", "Bauhof Kiel")], url + "?handler=Status");
        using var closed = await moderator.PostFormAsync(url, [new("StatusInput.Status", "Closed"), new("StatusInput.Note", "Die Laterne leuchtet wieder."), new("StatusInput.Agency", "")], url + "?handler=Status");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var history = await app.QueryAsync(db => db.Set<ReportStatusChange>().Where(c => c.RequestId == id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([ReportStatus.Open, ReportStatus.InProgress, ReportStatus.Closed], history.Select(c => c.Status));
        Assert.Equal("Bauhof Kiel", history[2].AgencyResponsible);
        var page = await app.NewSession().GetHtmlAsync(url);
        Assert.Contains("Der Bauhof ist informiert.", page, StringComparison.Ordinal);
        Assert.Contains("Die Laterne leuchtet wieder.", page, StringComparison.Ordinal);
        Assert.Contains("In Bearbeitung", page, StringComparison.Ordinal);
        using var open311 = JsonDocument.Parse(await app.NewSession().Client.GetStringAsync(new Uri($"/open311/v2/requests/{id}.json", UriKind.Relative)));
        Assert.Equal("closed", open311.RootElement[0].GetProperty("status").GetString());
        Assert.Equal("Die Laterne leuchtet wieder.", open311.RootElement[0].GetProperty("status_notes").GetString());
    }

    [Fact]
    public async Task StatusUpdate_Anonymous_IsSentToSignIn()
    {
        using var resident = await ReportKit.SignedInAsync(app, "resident");
        var id = await ReportKit.FileAsync(app, resident);
        using var session = app.NewSession();

        // The report page shows a visitor no form; the sign-in page lends its antiforgery token.
        using var response = await session.PostFormAsync("/account/login", [new("StatusInput.Status", "Closed")], $"/participation/reports/{id}?handler=Status");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportList_Filters_ByCategoryStatusAndArea()
    {
        using var resident = await ReportKit.SignedInAsync(app, "resident");
        var fish = $"Tote Fische in der Schwentine {Guid.NewGuid():N}";
        var erosion = $"Abbruchkante bei Stein {Guid.NewGuid():N}";
        await ReportKit.FileAsync(app, resident, "dead-fish", "preetz", fish);
        var erosionId = await ReportKit.FileAsync(app, resident, "coastal-erosion", "kiel-gaarden-ost", erosion);
        await app.QueryAsync(db => db.Set<ServiceRequest>().Where(r => r.Id == erosionId).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, ReportStatus.Closed)));
        using var visitor = app.NewSession();

        var byCategory = await visitor.GetHtmlAsync("/participation/reports?Category=dead-fish");
        var byArea = await visitor.GetHtmlAsync("/participation/reports?Area=ploen");
        var byStatus = await visitor.GetHtmlAsync("/participation/reports?Status=Closed");

        Assert.Contains(fish, byCategory, StringComparison.Ordinal);
        Assert.DoesNotContain(erosion, byCategory, StringComparison.Ordinal);
        Assert.Contains(fish, byArea, StringComparison.Ordinal);
        Assert.DoesNotContain(erosion, byArea, StringComparison.Ordinal);
        Assert.Contains(erosion, byStatus, StringComparison.Ordinal);
        Assert.DoesNotContain(fish, byStatus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HiddenReport_ShowsANotice_AndLeavesTheListAndOpen311()
    {
        using var resident = await ReportKit.SignedInAsync(app, "resident");
        var text = $"Beleidigender Text {Guid.NewGuid():N}";
        var id = await ReportKit.FileAsync(app, resident, description: text);
        var kiel = await app.AreaIdAsync("kiel");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var moderation = scope.ServiceProvider.GetServices<IModeratedContent>().Single(c => c.Kind == "report");
            Assert.Equal(kiel, (await moderation.FindAsync(id, CancellationToken.None))!.AreaId);
            await moderation.HideAsync(id, "Beleidigung", DateTime.UtcNow, CancellationToken.None);
        }

        using var visitor = app.NewSession();
        var page = await visitor.GetHtmlAsync($"/participation/reports/{id}");
        Assert.Contains("Diese Meldung wurde ausgeblendet", page, StringComparison.Ordinal);
        Assert.Contains("Beleidigung", page, StringComparison.Ordinal);
        Assert.DoesNotContain(text, page, StringComparison.Ordinal);
        Assert.DoesNotContain(text, await visitor.GetHtmlAsync("/participation/reports"), StringComparison.Ordinal);
        using var one = await visitor.GetAsync($"/open311/v2/requests/{id}.json");
        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.DoesNotContain(text, await visitor.Client.GetStringAsync(new Uri("/open311/v2/requests.json", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Photo_UploadedWithTheReport_IsServedAsOpen311MediaUrl()
    {
        using var session = await ReportKit.SignedInAsync(app, "resident");
        var html = await session.GetHtmlAsync("/participation/reports/new");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebSession.AntiforgeryToken(html)), "__RequestVerificationToken");
        foreach (var (name, value) in ReportKit.Fields("beach-litter", (await app.AreaIdAsync("kiel")).ToString(CultureInfo.InvariantCulture), "54.4", "10.2", "Ein Haufen Netze am Strand."))
        {
            form.Add(new StringContent(value), name);
        }

        using var photo = new ByteArrayContent(SmallJpeg());
        photo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        form.Add(photo, "Input.Photo", "netze.jpg");
        using var posted = await session.Client.PostAsync(new Uri("/participation/reports/new", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var id = posted.Headers.Location!.ToString().Split('/')[^1].Split('?')[0];

        using var document = JsonDocument.Parse(await session.Client.GetStringAsync(new Uri($"/open311/v2/requests/{id}.json", UriKind.Relative)));
        var mediaUrl = document.RootElement[0].GetProperty("media_url").GetString()!;
        Assert.StartsWith("https://localhost/participation/images/", mediaUrl, StringComparison.Ordinal);
        using var image = await session.Client.GetAsync(new Uri(mediaUrl));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
        Assert.Contains(new Uri(mediaUrl).AbsolutePath, await session.GetHtmlAsync($"/participation/reports/{id}"), StringComparison.Ordinal);
    }

    private static byte[] SmallJpeg()
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.SandyBrown);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}

public sealed class ReportPagesTestsOnSqlite(SqliteApp app) : ReportPagesTests(app), IClassFixture<SqliteApp>;

public sealed class ReportPagesTestsOnPostgres(PostgresApp app) : ReportPagesTests(app), IClassFixture<PostgresApp>;
